#include "errorbanner.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace views {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_button(new QPushButton(tr("&Go to Error"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon("severity-error").pixmap(16, 16));
    layout->addWidget(icon);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ErrorBanner::goToErrorClicked);
    applyPalette();
}

void ErrorBanner::showError(int line, int column, const QString &message)
{
    m_label->setText(tr("The JSON is invalid: line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(message));
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ErrorBanner::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor back = dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xe2, 0xe2);
    const QColor fore = dark ? QColor(0xff, 0xe0, 0xe0) : QColor(0x6b, 0x0f, 0x0f);
    QPalette pal = palette();
    // Setting the palette from a PaletteChange handler would loop: only touch our roles.
    if (pal.color(QPalette::Window) == back && pal.color(QPalette::WindowText) == fore)
        return;
    pal.setColor(QPalette::Window, back);
    pal.setColor(QPalette::WindowText, fore);
    m_label->setPalette(pal);
    QFrame::setPalette(pal);
}

} // namespace views
