// The application's icons (resources/icons, embedded under :/icons): the hand-written SVG
// when Qt's SVG image plugin is present, else the PNG renderings of it (16 to 48 px).
#pragma once

#include <QIcon>

namespace views {

// name: the file name without extension, e.g. "document-save", "severity-error". Disabled,
// the icon is drawn at disabledOpacity, in light and dark themes alike.
inline constexpr qreal disabledOpacity = 0.35;

QIcon appIcon(const char *name);
// `icon`, drawn at disabledOpacity when disabled (the style's own greying barely changes grey
// line icons, so that on the dark theme disabled toolbar buttons looked enabled).
QIcon fadedWhenDisabled(const QIcon &icon);

} // namespace views
