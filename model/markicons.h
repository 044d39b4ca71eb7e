// The small status marks the models paint beside their text: one shape per meaning, so that
// colour is never the only signal (the matrix's outcomes, the scenarios' results, the context
// keys' sources). Each shape is drawn on a 16-unit grid and scaled, in the ink given.
//
//   QIcon icon = model::markIcon(model::MarkShape::Check, QColor(34, 134, 58));
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace model {

enum class MarkShape {
    Check,        // allowed, passed
    Cross,        // explicitly denied, failed
    BarInCircle,  // implicitly denied: nothing allows
    Question,     // unknown
    Warning,      // an exclamation mark in a triangle: invalid
    Dash,         // unchecked
    Circle,       // not run
    DottedCircle, // absent
    Dot,          // given
    Columns,      // set by each column
    Arrow,        // derived
};

QPixmap paintMark(MarkShape shape, const QColor &ink, int size);
// The mark at 16, 24 and 32 pixels.
QIcon markIcon(MarkShape shape, const QColor &ink);

} // namespace model
