// MainWindow, continued: whole-document editing commands that are not tree edits. Format
// Document re-renders the text in the canonical layout (one undo step), Word Wrap wraps long
// lines, and Import from Clipboard reads pasted `aws secretsmanager get-resource-policy` output
// as the file import does; a one-line policy from AWS arrives formatted.
#include "mainwindow.h"

#include "editorcontroller.h"
#include "jsoneditor.h"
#include "policyconversions.h"
#include "policytreemodel.h"
#include "preferences.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QStatusBar>

namespace views {

namespace {

// Pretty JSON has LF line ends; a file with other line ends keeps its own.
QByteArray withLineEnding(QByteArray text, JsonEditor::LineEnding ending)
{
    if (ending == JsonEditor::LineEnding::CrLf)
        text.replace("\n", "\r\n");
    else if (ending == JsonEditor::LineEnding::Cr)
        text.replace('\n', '\r');
    return text;
}

} // namespace

void MainWindow::createEditingActions()
{
    m_formatAction = new QAction(tr("&Format Document"), this);
    m_formatAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_formatAction->setStatusTip(
        tr("Lay the whole policy out again: one member a line, indented (Undo reverts it)"));
    connect(m_formatAction, &QAction::triggered, this, [this] {
        QString error;
        if (!formatDocument(&error))
            statusBar()->showMessage(error, 6000);
    });

    m_wordWrapAction = new QAction(tr("&Word Wrap"), this);
    m_wordWrapAction->setCheckable(true);
    m_wordWrapAction->setShortcut(QKeySequence(tr("Alt+Z")));
    m_wordWrapAction->setStatusTip(tr("Wrap long lines at the edge of the JSON pane"));
    connect(m_wordWrapAction, &QAction::toggled, this, [](bool on) {
        model::Preferences::instance().setWordWrap(on);
    });

    m_importClipboardAction
        = new QAction(tr("Import get-resource-policy Output from C&lipboard"), this);
    m_importClipboardAction->setStatusTip(
        tr("Open the policy inside pasted output of \"aws secretsmanager get-resource-policy\""));
    connect(m_importClipboardAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        QString error;
        if (!importFromClipboard(&error))
            showError(tr("Import Policy"), tr("Cannot import the clipboard: %1").arg(error));
    });
}

bool MainWindow::formatDocument(QString *error)
{
    const QByteArray text = m_editor->documentBytes();
    const std::optional<QByteArray> pretty = model::renderPretty(text, m_model->indentWidth());
    if (!pretty) {
        if (error)
            *error = tr("The policy is not valid JSON: correct the error first.");
        return false;
    }
    const QByteArray formatted = withLineEnding(*pretty, m_editor->lineEnding());
    if (formatted == text) {
        statusBar()->showMessage(tr("The policy is formatted already."), 4000);
        return true;
    }
    m_editor->replaceBytes(
        0,
        static_cast<std::size_t>(text.size()),
        std::string_view(formatted.constData(), static_cast<std::size_t>(formatted.size())));
    m_controller->reparseNow();
    statusBar()->showMessage(tr("Formatted the policy (Undo reverts it)"), 4000);
    return true;
}

void MainWindow::applyWordWrap(bool on)
{
    m_editor->setWrapMode(on ? QsciScintilla::WrapWord : QsciScintilla::WrapNone);
    m_editor->setWrapVisualFlags(on ? QsciScintilla::WrapFlagByText : QsciScintilla::WrapFlagNone);
    if (m_wordWrapAction->isChecked() != on)
        m_wordWrapAction->setChecked(on);
}

bool MainWindow::importFromClipboard(QString *error)
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("The clipboard holds no text.");
        return false;
    }
    return importCliOutputText(text.toUtf8(), tr("the clipboard"), error);
}

bool MainWindow::importCliOutputText(const QByteArray &output,
                                     const QString &source,
                                     QString *error)
{
    const auto imported = model::importGetResourcePolicyOutput(output, error);
    if (!imported)
        return false;
    // AWS returns the policy on one line: lay it out, as Format Document would.
    QByteArray text = imported->text;
    if (!text.contains('\n')) {
        if (const auto pretty
            = model::renderPretty(text, model::Preferences::instance().indentWidth()))
            text = *pretty;
    }
    newDocument(QByteArray());
    // The imported text is new, unsaved work: one undo step away from empty, and modified.
    m_editor->replaceBytes(
        0, 0, std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    setSecretArn(imported->arn);
    statusBar()->showMessage(imported->arn.isEmpty()
                                 ? tr("Imported the policy from %1").arg(source)
                                 : tr("Imported the policy of %1").arg(imported->arn),
                             6000);
    return true;
}

} // namespace views
