// The Policy Language Guide (Help > Policy Language Guide, F1): a window with a short guide to
// the policy language, written for this program from the spec, with the three examples of
// the Secrets Manager user guide. Their "Open this example" links ask the owner to open them
// (exampleRequested); links inside the guide scroll to their section.
//
// Translations: the guide is an HTML resource per language, :/help/guide.html (English) and
// :/help/guide_<language>.html beside it (guide_de.html, guide_ja.html), picked by
// guideResource() from the user interface languages of the locale; the window's own strings
// go through tr(). Translated guides keep the anchors and the example: links unchanged.
#pragma once

#include <QLocale>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace views {

class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // API
    // The resource path of the guide for the locale's languages, e.g. ":/help/guide_de.html",
    // falling back to ":/help/guide.html".
    static QString guideResource(const QLocale &locale = QLocale());
    // Shows the window and scrolls to a section ("principals", "conditions", ...); an empty
    // anchor keeps the current position.
    void showTopic(const QString &anchor = QString());
    QTextBrowser *browser() const { return m_browser; }
    // What clicking the link does (also for tests).
    void openLink(const QUrl &url);

signals:
    // An "Open this example" link: `id` names a template of model::policyTemplates().
    void exampleRequested(const QString &id);

private:
    QTextBrowser *m_browser; // owned by the widget tree
};

} // namespace views
