#include "markicons.h"

#include <QPainter>
#include <QPainterPath>

namespace model {

namespace {

void drawTriangle(QPainter &p, const QColor &ink)
{
    QPainterPath triangle;
    triangle.moveTo(8, 1.5);
    triangle.lineTo(14.5, 14);
    triangle.lineTo(1.5, 14);
    triangle.closeSubpath();
    p.drawPath(triangle);
    p.drawLine(QPointF(8, 6), QPointF(8, 9.5));
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(8, 12), 1.0, 1.0);
}

} // namespace

QPixmap paintMark(MarkShape shape, const QColor &ink, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    QPen pen(ink, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    switch (shape) {
    case MarkShape::Check: {
        QPainterPath check;
        check.moveTo(2.5, 8.5);
        check.lineTo(6.5, 12.5);
        check.lineTo(13.5, 3.5);
        p.drawPath(check);
        break;
    }
    case MarkShape::Cross:
        p.drawLine(QPointF(3.5, 3.5), QPointF(12.5, 12.5));
        p.drawLine(QPointF(12.5, 3.5), QPointF(3.5, 12.5));
        break;
    case MarkShape::BarInCircle:
        pen.setWidthF(1.6);
        p.setPen(pen);
        p.drawEllipse(QPointF(8, 8), 6, 6);
        p.drawLine(QPointF(4.8, 8), QPointF(11.2, 8));
        break;
    case MarkShape::Question: {
        QPainterPath mark;
        mark.moveTo(5, 5.5);
        mark.cubicTo(5, 1.5, 11.5, 1.5, 11.5, 5.5);
        mark.cubicTo(11.5, 8, 8, 8, 8, 10.5);
        p.drawPath(mark);
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 14), 1.3, 1.3);
        break;
    }
    case MarkShape::Warning:
        pen.setWidthF(1.6);
        p.setPen(pen);
        drawTriangle(p, ink);
        break;
    case MarkShape::Dash:
        p.drawLine(QPointF(4, 8), QPointF(12, 8));
        break;
    case MarkShape::Circle:
        pen.setWidthF(1.6);
        p.setPen(pen);
        p.drawEllipse(QPointF(8, 8), 5.5, 5.5);
        break;
    case MarkShape::DottedCircle:
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        p.setPen(pen);
        p.drawEllipse(QPointF(8, 8), 5.5, 5.5);
        break;
    case MarkShape::Dot:
        p.setBrush(ink);
        p.drawEllipse(QPointF(8, 8), 5, 5);
        break;
    case MarkShape::Columns:
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 3; ++i)
            p.drawRect(QRectF(2.0 + 4.5 * i, 3.0, 3.0, 10.0));
        break;
    case MarkShape::Arrow: {
        pen.setWidthF(1.8);
        p.setPen(pen);
        QPainterPath arrow;
        arrow.moveTo(2.5, 8);
        arrow.lineTo(13, 8);
        arrow.moveTo(9, 4);
        arrow.lineTo(13, 8);
        arrow.lineTo(9, 12);
        p.drawPath(arrow);
        break;
    }
    }
    return pixmap;
}

QIcon markIcon(MarkShape shape, const QColor &ink)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(paintMark(shape, ink, size));
    return icon;
}

} // namespace model
