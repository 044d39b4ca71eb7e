// "Copy Request" and "Copy eval Command" for the views that show requests (the access matrix's
// cells, the saved scenarios): the request as one requests.md JSON line, and the
// `secret-policy eval` command line that asks the CLI the same question about the window's file.
//
//   addCopyRequestActions(table, [](const QModelIndex &i) {
//       return i.data(AccessMatrixModel::RequestJsonRole).toString();
//   });
#pragma once

#include <QString>

#include <functional>
#include <utility>

class QAbstractItemView;
class QAction;
class QModelIndex;

namespace views {

// Adds both actions to `view` (for a view with Qt::ActionsContextMenu: its context menu, which
// the Menu key or Shift+F10 opens from the keyboard); they copy what `requestOf` returns for the
// current index, nothing when that is empty. The command names the window's file, or "policy.json"
// for a file not saved yet. Returns {copy request, copy command}; owned by `view`.
std::pair<QAction *, QAction *>
addCopyRequestActions(QAbstractItemView *view,
                      std::function<QString(const QModelIndex &)> requestOf);

} // namespace views
