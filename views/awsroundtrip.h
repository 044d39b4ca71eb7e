// The round trip to AWS of one editor window (README "Round trip to AWS"): File > Open from
// AWS..., Policy > Validate with AWS and File > Deploy to AWS..., all through the user's own
// `aws` command (model::AwsCli), never with credentials of our own. It remembers the secret
// the document came from (ARN, profile, region) and the live policy as last fetched, which
// Deploy checks before it replaces anything.
#pragma once

#include "awscli.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;

namespace views {

class AwsOpenDialog;
class MainWindow;

class AwsRoundTrip : public QObject
{
    Q_OBJECT

public:
    // Where the document came from.
    struct Source
    {
        QString arn;
        QString name;
        model::AwsTarget target;
        bool hasLivePolicy = false; // false: the secret had no policy
        QByteArray livePolicy;      // as AWS returned it when last fetched
        QDateTime fetched;
        bool isValid() const { return !arn.isEmpty(); }
    };

    explicit AwsRoundTrip(MainWindow *window); // `window` owns this object

    QAction *openAction() const { return m_openAction; }
    QAction *validateAction() const { return m_validateAction; }
    const Source &source() const { return m_source; }

    // File > Open from AWS...: asks about unsaved changes, then shows the dialog (window-modal,
    // not blocking); the policy opens when the dialog has fetched it. Returns the dialog, or
    // nullptr when the user cancelled the question about unsaved changes.
    AwsOpenDialog *openFromAws();
    // Opens a get-resource-policy answer as a new untitled document of this window that
    // remembers its source; a secret without a policy opens the empty template, with a note.
    bool openAnswer(const model::AwsTarget &target, const QByteArray &output,
                    QString *error = nullptr);

    // Policy > Validate with AWS: validate-resource-policy on the current text, answered in
    // the Problems panel beside our own findings. Asynchronous: validated() follows.
    void validateWithAws();
    // Where Validate (and Deploy) go when the document has no source: asks for a profile and
    // region (the default); tests replace it. Empty profile and region: cancelled.
    void setTargetHandler(std::function<std::optional<model::AwsTarget>()> handler);
    // How a failure is told (the default: a warning box); tests replace it.
    void setMessageHandler(std::function<void(const QString &title, const QString &text)> handler);
    model::AwsCli *cli() const { return m_cli; }

    // A new document (New, Open, an import): it comes from nowhere in AWS.
    void forgetSource();

signals:
    void validated(const model::AwsResult &result);
    void sourceChanged();

private:
    void onValidated(const model::AwsResult &result);
    void updateSourceLabel();
    std::optional<model::AwsTarget> askTarget();

    MainWindow *m_window; // not owned (the parent)
    model::AwsCli *m_cli; // owned (QObject child)
    QAction *m_openAction;     // owned (QObject children)
    QAction *m_validateAction;
    QLabel *m_sourceLabel;     // owned by the status bar
    Source m_source;
    model::AwsTarget m_validateTarget;
    QByteArray m_validatedText; // the text AWS's findings are about
    std::function<std::optional<model::AwsTarget>()> m_targetHandler;
    std::function<void(const QString &, const QString &)> m_messageHandler;
};

} // namespace views
