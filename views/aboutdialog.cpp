#include "aboutdialog.h"

#include "icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <Qsci/qsciglobal.h>

#ifndef SPS_VERSION
#error "SPS_VERSION comes from the project version (views/CMakeLists.txt)"
#endif

namespace views {

QString AboutDialog::version()
{
    return QStringLiteral(SPS_VERSION);
}

QString AboutDialog::mitLicenceText()
{
    // Debian copyright format: the "License: MIT" paragraph's continuation lines start with a
    // space, and " ." stands for an empty line.
    QFile file(QStringLiteral(":/help/copyright"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QStringList paragraphs;
    QString current;
    bool inside = false;
    for (const QString &line : lines) {
        if (!inside) {
            inside = line.trimmed() == QLatin1String("License: MIT");
            continue;
        }
        if (!line.startsWith(QLatin1Char(' '))) {
            // "License: MIT" also names the licence of a Files paragraph, without its text.
            if (!paragraphs.isEmpty() || !current.isEmpty())
                break;
            inside = line.trimmed() == QLatin1String("License: MIT");
            continue;
        }
        const QString text = line.trimmed();
        if (text == QLatin1String(".")) {
            paragraphs << current;
            current.clear();
            continue;
        }
        current += current.isEmpty() ? text : QLatin1Char(' ') + text;
    }
    if (!current.isEmpty())
        paragraphs << current;
    if (paragraphs.isEmpty())
        return {};
    return QStringLiteral("Copyright 2026 The Secret Policy Studio authors\n\n")
           + paragraphs.join(QStringLiteral("\n\n"));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_licences(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Secret Policy Studio"));

    auto *about = new QWidget;
    auto *aboutLayout = new QVBoxLayout(about);
    auto *header = new QHBoxLayout;
    auto *logo = new QLabel;
    logo->setPixmap(appIcon("secret-policy-studio").pixmap(64, 64));
    logo->setAccessibleName(tr("Secret Policy Studio logo"));
    header->addWidget(logo, 0, Qt::AlignTop);
    auto *title = new QLabel(
        tr("<h2>Secret Policy Studio %1</h2>"
           "<p>Edit, lint and simulate AWS Secrets Manager resource policies.</p>")
            .arg(version()));
    title->setWordWrap(true);
    header->addWidget(title, 1);
    aboutLayout->addLayout(header);
    auto *versions = new QLabel(
        tr("<p>Built with Qt %1, running on Qt %2.<br/>QScintilla %3.</p>"
           "<p>Copyright 2026 The Secret Policy Studio authors. Released under the MIT "
           "licence; see Licences for what that means for the program you run.</p>"
           "<p>The simulator follows AWS's documented rules; service control policies, "
           "permissions boundaries and session policies are not modelled.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QStringLiteral(QSCINTILLA_VERSION_STR)));
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setWordWrap(true);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    aboutLayout->addWidget(versions);
    aboutLayout->addStretch(1);
    m_tabs->addTab(about, tr("&About"));

    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setAccessibleName(tr("Licences"));
    m_licences->setOpenExternalLinks(true);
    const QString mit = mitLicenceText().toHtmlEscaped().replace(
        QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
    m_licences->setHtml(
        tr("<h3>Secret Policy Studio: MIT licence</h3><p>%1</p>"
           "<h3>Qt: GNU LGPL version 3</h3>"
           "<p>This program uses the Qt libraries under the GNU Lesser General Public License "
           "version 3. You may replace them with your own build of Qt.</p>"
           "<h3>QScintilla: GNU GPL version 3</h3>"
           "<p>The JSON pane uses QScintilla by Riverbank Computing under the GNU General "
           "Public License version 3. Because this program links QScintilla, the program as "
           "distributed (the binary) is covered by the terms of the GPL version 3 as a whole: "
           "you may redistribute and change it under those terms, and the source code must be "
           "available to you. Our own source files remain available under the MIT licence.</p>")
            .arg(mit));
    m_tabs->addTab(m_licences, tr("&Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace views
