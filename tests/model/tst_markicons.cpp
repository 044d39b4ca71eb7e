// The status marks: every shape paints, in its ink, and no two shapes look alike, so that a
// meaning never rests on colour alone.
#include "markicons.h"

#include <QImage>
#include <QTest>

using model::MarkShape;

namespace {

constexpr MarkShape allShapes[] = {
    MarkShape::Check,  MarkShape::Cross,        MarkShape::BarInCircle, MarkShape::Question,
    MarkShape::Warning, MarkShape::Dash,        MarkShape::Circle,      MarkShape::DottedCircle,
    MarkShape::Dot,    MarkShape::Columns,      MarkShape::Arrow,
};

// The shape alone: which pixels are painted at all, whatever their colour.
QImage coverage(MarkShape shape)
{
    QImage image = model::paintMark(shape, Qt::black, 32).toImage();
    QImage mask(image.size(), QImage::Format_Mono);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 96 ? 1 : 0);
    }
    return mask;
}

} // namespace

class TestMarkIcons : public QObject
{
    Q_OBJECT

private slots:
    void shouldPaintEveryShapeInItsInk()
    {
        const QColor ink(203, 36, 49);
        for (MarkShape shape : allShapes) {
            const QImage image = model::paintMark(shape, ink, 24).toImage();
            QCOMPARE(image.size(), QSize(24, 24));
            int inked = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (pixel.alpha() == 255) {
                        QCOMPARE(pixel.rgb(), ink.rgb());
                        ++inked;
                    }
                }
            }
            QVERIFY2(inked > 8, qPrintable(QString::number(static_cast<int>(shape))));
        }
    }

    void shouldDrawEveryShapeDifferently()
    {
        for (std::size_t i = 0; i < std::size(allShapes); ++i) {
            for (std::size_t j = i + 1; j < std::size(allShapes); ++j) {
                QVERIFY2(coverage(allShapes[i]) != coverage(allShapes[j]),
                         qPrintable(QStringLiteral("shapes %1 and %2 look alike").arg(i).arg(j)));
            }
        }
    }

    void shouldOfferThreeSizes()
    {
        const QIcon icon = model::markIcon(MarkShape::Check, Qt::darkGreen);
        QCOMPARE(icon.availableSizes(), (QList<QSize>{{16, 16}, {24, 24}, {32, 32}}));
    }
};

QTEST_MAIN(TestMarkIcons)
#include "tst_markicons.moc"
