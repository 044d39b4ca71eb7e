#include "icons.h"

#include <QImageReader>
#include <QSize>

namespace views {

QIcon appIcon(const char *name)
{
    static const bool hasSvg = QImageReader::supportedImageFormats().contains("svg");
    const QString base = QLatin1String(name);
    QIcon icon;
    if (hasSvg) {
        icon.addFile(QStringLiteral(":/icons/") + base + QStringLiteral(".svg"));
        return icon;
    }
    for (int size : {16, 24, 32, 48}) {
        icon.addFile(QStringLiteral(":/icons/png/%1-%2.png").arg(base).arg(size),
                     QSize(size, size));
    }
    return icon;
}

} // namespace views
