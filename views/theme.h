// The application's colour theme (issue 6): System follows the platform's style and palette;
// Light and Dark set an explicit palette app-wide (Dark on the Fusion style, whose drawing
// follows the palette on every platform). Widgets follow through their PaletteChange events;
// the JSON pane picks its lexer colours from the palette it gets.
#pragma once

#include "preferences.h"

#include <QPalette>

namespace views {

// Applies the theme to the whole application. The first call remembers the platform's style
// and palette, so that System can bring them back later.
void applyTheme(model::Preferences::Theme theme);

QPalette lightPalette();
QPalette darkPalette();

} // namespace views
