#include "icons.h"

#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QSize>

#include <utility>

namespace views {

namespace {

// Disabled icons at a third of their opacity: the style's own greying keeps our grey line
// icons almost as they are, so that on the dark theme disabled toolbar buttons looked enabled.
class FadedDisabledEngine : public QIconEngine
{
public:
    explicit FadedDisabledEngine(QIcon icon) : m_icon(std::move(icon)) {}

    QIconEngine *clone() const override { return new FadedDisabledEngine(m_icon); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        if (mode != QIcon::Disabled)
            return m_icon.pixmap(size, scale, mode, state);
        const QPixmap normal = m_icon.pixmap(size, scale, QIcon::Normal, state);
        QPixmap faded(normal.size());
        faded.setDevicePixelRatio(normal.devicePixelRatio());
        faded.fill(Qt::transparent);
        QPainter p(&faded);
        p.setOpacity(disabledOpacity);
        p.drawPixmap(0, 0, normal);
        return faded;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.availableSizes(mode, state);
    }

    QString key() const override { return QStringLiteral("FadedDisabledEngine"); }

private:
    QIcon m_icon;
};

} // namespace

QIcon fadedWhenDisabled(const QIcon &icon)
{
    return QIcon(new FadedDisabledEngine(icon));
}

QIcon appIcon(const char *name)
{
    static const bool hasSvg = QImageReader::supportedImageFormats().contains("svg");
    const QString base = QLatin1String(name);
    QIcon icon;
    if (hasSvg) {
        icon.addFile(QStringLiteral(":/icons/") + base + QStringLiteral(".svg"));
        return fadedWhenDisabled(icon);
    }
    for (int size : {16, 24, 32, 48}) {
        icon.addFile(QStringLiteral(":/icons/png/%1-%2.png").arg(base).arg(size),
                     QSize(size, size));
    }
    return fadedWhenDisabled(icon);
}

} // namespace views
