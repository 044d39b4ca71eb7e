// The dark theme, offscreen: check boxes keep a visible box (issue 13: the Preferences' action
// check boxes had none), drawn as a check box and as an item view's check indicator.
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QtTest>

#include <cstdlib>

namespace {

// The largest lightness difference from `background` on the edge of `rect` in `image`.
int edgeContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    int best = 0;
    const auto look = [&](int x, int y) {
        if (image.rect().contains(x, y))
            best = std::max(
                best, std::abs(QColor(image.pixel(x, y)).lightness() - background.lightness()));
    };
    for (int x = rect.left(); x <= rect.right(); ++x) {
        look(x, rect.top());
        look(x, rect.bottom());
    }
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        look(rect.left(), y);
        look(rect.right(), y);
    }
    return best;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowCheckBoxesOnTheDarkTheme_data()
    {
        QTest::addColumn<int>("element");
        QTest::addRow("check box") << int(QStyle::PE_IndicatorCheckBox);
        QTest::addRow("item view check") << int(QStyle::PE_IndicatorItemViewItemCheck);
    }

    void shouldShowCheckBoxesOnTheDarkTheme()
    {
        QFETCH(int, element);
        views::applyTheme(model::Preferences::Theme::Dark);
        const QPalette palette = QApplication::palette();
        QVERIFY(palette.color(QPalette::Base).lightness() < 128);
        for (const QPalette::ColorRole behind : {QPalette::Base, QPalette::Window}) {
            QImage image(40, 40, QImage::Format_ARGB32);
            image.fill(palette.color(behind));
            QStyleOptionViewItem option;
            option.palette = palette;
            option.state = QStyle::State_Enabled | QStyle::State_Off;
            option.rect = QRect(10, 10, 16, 16);
            QPainter painter(&image);
            QApplication::style()->drawPrimitive(
                static_cast<QStyle::PrimitiveElement>(element), &option, &painter);
            painter.end();
            // Somewhere on the box's edge a line stands out from what is behind it.
            const int contrast = edgeContrast(image, option.rect, palette.color(behind));
            QVERIFY2(contrast >= 60, qPrintable(QString::number(contrast)));
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
