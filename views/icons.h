// The application's icons (resources/icons, embedded under :/icons): the hand-written SVG
// when Qt's SVG image plugin is present, else the PNG renderings of it (16 to 48 px).
#pragma once

#include <QIcon>

namespace views {

// name: the file name without extension, e.g. "document-save", "severity-error".
QIcon appIcon(const char *name);

} // namespace views
