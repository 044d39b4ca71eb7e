// secret-policy-studio [FILE]: the editor window. --language CODE shows the window in another
// language for this run. (The documentation's screenshots are made by tools/screenshot.)
#include "mainwindow.h"
#include "translations.h"

#include "preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace {

// The value of --language CODE (or --language=CODE) if given. Read before the parser exists
// because the parser's own help texts are translated.
QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SecretPolicyStudio"));
    QApplication::setApplicationName(QStringLiteral("secret-policy-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Secret Policy Studio"));
    QApplication::setApplicationVersion(QStringLiteral(SPS_VERSION));
    QApplication::setDesktopFileName(
        QStringLiteral("io.github.secretpolicystudio.SecretPolicyStudio"));

    // The preferred language ("" = the system's), unless --language overrides it for this run.
    QString language = languageArgument(QApplication::arguments());
    if (language.isEmpty())
        language = model::Preferences::instance().language();
    views::installTranslators(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Edit, lint and simulate AWS Secrets Manager "
                                        "resource policies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The policy to open."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption secretArn(
        QStringLiteral("secret-arn"),
        QApplication::translate("main", "The ARN of the secret the policy is attached to."),
        QStringLiteral("ARN"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the user interface in CODE (en, de, ja) for this "
                                        "run instead of the preferred language."),
        QStringLiteral("CODE"));
    parser.addOption(languageOption);
    parser.addOption(secretArn);
    parser.process(app);

    views::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        QString error;
        if (!window.openFile(files.front(), &error)) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Open Policy"),
                                 QApplication::translate("main", "Cannot open \"%1\": %2")
                                     .arg(files.front(), error));
        }
    }
    if (parser.isSet(secretArn))
        window.setSecretArn(parser.value(secretArn));
    window.show();
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}
