#include "guidewindow.h"

#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QTextDocument>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace views {

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Policy Language Guide"));
    setAccessibleName(tr("Policy Language Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setAccessibleDescription(
        tr("The policy language guide. Tab moves between links; Enter follows a link."));
    m_browser->document()->setDocumentMargin(12);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    // Keyboard users reach the links with Tab and follow them with Enter.
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction);
    QFile file(guideResource());
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GuideWindow::openLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(720, 760);
}

QString GuideWindow::guideResource(const QLocale &locale)
{
    for (QString language : locale.uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (language.startsWith(QLatin1String("en")))
            break;
        for (const QString &candidate : {language, language.section(QLatin1Char('_'), 0, 0)}) {
            const QString path = QStringLiteral(":/help/guide_%1.html").arg(candidate);
            if (QFile::exists(path))
                return path;
        }
    }
    return QStringLiteral(":/help/guide.html");
}

void GuideWindow::showTopic(const QString &anchor)
{
    show();
    raise();
    activateWindow();
    if (!anchor.isEmpty())
        m_browser->scrollToAnchor(anchor);
    m_browser->setFocus();
}

void GuideWindow::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("example")) {
        emit exampleRequested(url.path());
        return;
    }
    if (url.hasFragment() && url.path().isEmpty())
        m_browser->scrollToAnchor(url.fragment());
}

} // namespace views
