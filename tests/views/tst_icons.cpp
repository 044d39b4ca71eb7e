// The application's icons: disabled ones are visibly fainter than enabled ones in the dark
// theme too (issue 13: disabled toolbar icons looked enabled there).
#include "icons.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QtTest>

namespace {

// The sum of the alpha of every pixel: how much of the icon is drawn.
qint64 ink(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            sum += qAlpha(image.pixel(x, y));
    }
    return sum;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void shouldFadeDisabledIcons_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void shouldFadeDisabledIcons()
    {
        QFETCH(bool, dark);
        views::applyTheme(dark ? model::Preferences::Theme::Dark
                               : model::Preferences::Theme::Light);
        for (const char *name : {"document-save", "edit-undo", "edit-redo", "go-error"}) {
            // The committed SVG (the icon resources belong to the application target).
            const QIcon plain(
                QStringLiteral(SPS_EXAMPLES_DIR "/../icons/%1.svg").arg(QLatin1String(name)));
            const qint64 normal = ink(plain.pixmap(QSize(24, 24), QIcon::Normal));
            QVERIFY2(normal > 0, name);
            // What the style does alone: too little to tell a disabled button (the bug).
            QVERIFY2(ink(plain.pixmap(QSize(24, 24), QIcon::Disabled)) > normal / 2, name);
            const QIcon icon = views::fadedWhenDisabled(plain);
            QCOMPARE(ink(icon.pixmap(QSize(24, 24), QIcon::Normal)), normal);
            const qint64 disabled = ink(icon.pixmap(QSize(24, 24), QIcon::Disabled));
            QVERIFY2(disabled < normal / 2,
                     qPrintable(QStringLiteral("%1: %2 of %3")
                                    .arg(QLatin1String(name))
                                    .arg(disabled)
                                    .arg(normal)));
            // At twice the pixels (QT_SCALE_FACTOR=2) too.
            const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0, QIcon::Disabled);
            QCOMPARE(sharp.deviceIndependentSize().toSize(), QSize(24, 24));
            QVERIFY(ink(sharp) < ink(icon.pixmap(QSize(24, 24), 2.0, QIcon::Normal)) / 2);
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
