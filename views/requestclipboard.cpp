#include "requestclipboard.h"

#include "policyconversions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QItemSelectionModel>

#include <utility>

namespace views {

std::pair<QAction *, QAction *>
addCopyRequestActions(QAbstractItemView *view,
                      std::function<QString(const QModelIndex &)> requestOf)
{
    auto *copyRequest = new QAction(
        QCoreApplication::translate("views::RequestClipboard", "Copy &Request"), view);
    copyRequest->setObjectName(QStringLiteral("copyRequestAction"));
    copyRequest->setToolTip(QCoreApplication::translate(
        "views::RequestClipboard", "Copy the request as one JSON line, for secret-policy eval"));
    auto *copyCommand = new QAction(
        QCoreApplication::translate("views::RequestClipboard", "Copy &eval Command"), view);
    copyCommand->setObjectName(QStringLiteral("copyEvalCommandAction"));
    copyCommand->setToolTip(QCoreApplication::translate(
        "views::RequestClipboard",
        "Copy the command line that asks secret-policy eval this request about the file"));
    view->addAction(copyRequest);
    view->addAction(copyCommand);

    const auto current = [view, requestOf] {
        return view->selectionModel() ? requestOf(view->currentIndex()) : QString();
    };
    QObject::connect(copyRequest, &QAction::triggered, view, [current] {
        const QString request = current();
        if (!request.isEmpty())
            QGuiApplication::clipboard()->setText(request);
    });
    QObject::connect(copyCommand, &QAction::triggered, view, [view, current] {
        const QString request = current();
        if (request.isEmpty())
            return;
        const QString file = view->window()->windowFilePath();
        QGuiApplication::clipboard()->setText(
            model::evalCommand(request, file.isEmpty() ? QStringLiteral("policy.json") : file));
    });
    return {copyRequest, copyCommand};
}

} // namespace views
