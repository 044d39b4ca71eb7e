#include "preferencesdialog.h"

#include "preferences.h"
#include "secretarncheck.h"
#include "translations.h"

#include "data/secretsmanager.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace views {

namespace {

using Theme = model::Preferences::Theme;

const QString actionPrefix = QStringLiteral("secretsmanager:");

// The language's own name ("Deutsch", "日本語"): people look for their language by it.
QString languageName(const QString &code)
{
    if (code.isEmpty())
        return PreferencesDialog::tr("System Default");
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

QLabel *messageLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The text says what is wrong; the colour only underlines it.
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    label->setPalette(pal);
    label->hide();
    return label;
}

QLabel *noteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::Apply
                                     | QDialogButtonBox::RestoreDefaults);
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("&Restore Defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *top = new QHBoxLayout;
    top->addWidget(createEditorSection(), 3);
    top->addWidget(createAppearanceSection(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createSimulationSection(), 1);
    layout->addWidget(m_buttons);

    load();
    m_font->setFocus();
}

QWidget *PreferencesDialog::createEditorSection()
{
    auto *box = new QGroupBox(tr("Editor"));
    auto *form = new QFormLayout(box);

    m_font = new QFontComboBox;
    m_font->setObjectName(QStringLiteral("fontCombo"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setAccessibleName(tr("JSON pane font"));
    m_fontSize = new QSpinBox;
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("JSON pane font size"));
    auto *sizeLabel = new QLabel(tr("Si&ze:"));
    sizeLabel->setBuddy(m_fontSize);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(sizeLabel);
    fontRow->addWidget(m_fontSize);
    auto *fontLabel = new QLabel(tr("&Font:"));
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);

    m_indent = new QSpinBox;
    m_indent->setObjectName(QStringLiteral("indentSpin"));
    m_indent->setRange(1, 8);
    m_indent->setSuffix(tr(" spaces"));
    m_indent->setSpecialValueText(tr("1 space"));
    m_indent->setAccessibleName(tr("Indentation for new text, in spaces"));
    m_indent->setToolTip(tr("New policies, Export as Pretty JSON, and tree edits in a text "
                            "that has no indentation of its own use this many spaces per "
                            "level. Opened files keep theirs."));
    auto *indentLabel = new QLabel(tr("&Indentation for new text:"));
    indentLabel->setBuddy(m_indent);
    form->addRow(indentLabel, m_indent);

    m_reparseDelay = new QSpinBox;
    m_reparseDelay->setObjectName(QStringLiteral("reparseDelaySpin"));
    m_reparseDelay->setRange(0, 5000);
    m_reparseDelay->setSingleStep(50);
    m_reparseDelay->setSuffix(tr(" ms"));
    m_reparseDelay->setAccessibleName(tr("Reparse delay, in milliseconds"));
    m_reparseDelay->setToolTip(tr("How long after the last keystroke the tree, the problems "
                                  "and the simulation catch up with the text."));
    auto *delayLabel = new QLabel(tr("Reparse &delay:"));
    delayLabel->setBuddy(m_reparseDelay);
    form->addRow(delayLabel, m_reparseDelay);
    return box;
}

QWidget *PreferencesDialog::createAppearanceSection()
{
    auto *box = new QGroupBox(tr("Appearance"));
    auto *form = new QFormLayout(box);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), static_cast<int>(Theme::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    auto *themeLabel = new QLabel(tr("T&heme:"));
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : languageCodes())
        m_language->addItem(languageName(code), code);
    m_language->setAccessibleName(tr("Language"));
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(noteLabel(tr("A new language applies the next time the program starts.")));
    return box;
}

QWidget *PreferencesDialog::createSimulationSection()
{
    auto *box = new QGroupBox(tr("Simulation"));
    auto *form = new QFormLayout(box);

    m_secretArn = new QLineEdit;
    m_secretArn->setObjectName(QStringLiteral("secretArnEdit"));
    m_secretArn->setClearButtonEnabled(true);
    m_secretArn->setPlaceholderText(
        QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"));
    m_secretArn->setAccessibleName(tr("Default secret ARN"));
    m_secretArn->setToolTip(tr("The secret the Simulation panel assumes for a policy that has "
                               "no ARN of its own. Empty: an example ARN."));
    connect(m_secretArn, &QLineEdit::textEdited, this, [this] { checkSecretArn(false); });
    auto *arnLabel = new QLabel(tr("Default secret AR&N:"));
    arnLabel->setBuddy(m_secretArn);
    form->addRow(arnLabel, m_secretArn);
    m_arnMessage = messageLabel(QStringLiteral("secretArnMessage"));
    form->addRow(QString(), m_arnMessage);

    m_actions = new QListWidget;
    m_actions->setObjectName(QStringLiteral("actionsList"));
    m_actions->setAccessibleName(tr("Default actions"));
    m_actions->setToolTip(tr("The actions a new access matrix shows; Space checks or "
                             "unchecks the current one."));
    m_actions->setFlow(QListView::LeftToRight);
    m_actions->setWrapping(true);
    m_actions->setResizeMode(QListView::Adjust);
    // Only what the Simulation can show: an action that names no secret is not decided by a
    // secret's policy, so it has no table (and is named in the note below instead).
    int widest = 0;
    QStringList withoutSecret;
    for (const engine::data::ActionInfo &action : engine::data::actions()) {
        const QString name = QString::fromUtf8(action.name.data(),
                                               static_cast<qsizetype>(action.name.size()));
        if (!action.takesSecret) {
            withoutSecret << name;
            continue;
        }
        auto *item = new QListWidgetItem(name, m_actions);
        item->setData(Qt::UserRole, actionPrefix + name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        widest = std::max(widest, m_actions->sizeHintForIndex(m_actions->indexFromItem(item)).width());
    }
    // A grid of whole names, three columns wide.
    const int rowHeight = m_actions->sizeHintForRow(0);
    m_actions->setGridSize(QSize(widest + 12, rowHeight));
    const int frame = 2 * m_actions->frameWidth();
    m_actions->setMinimumWidth(3 * (widest + 12) + frame
                               + m_actions->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_actions->setMinimumHeight(rowHeight * 12 + frame);
    connect(m_actions, &QListWidget::itemChanged, this, [this] {
        if (!checkedActions().isEmpty())
            m_actionsMessage->hide();
    });
    auto *actionsLabel = new QLabel(tr("Default ac&tions:"));
    actionsLabel->setBuddy(m_actions);
    form->addRow(actionsLabel, m_actions);
    m_actionsMessage = messageLabel(QStringLiteral("actionsMessage"));
    form->addRow(QString(), m_actionsMessage);
    QLabel *note = noteLabel(
        tr("Only actions on one secret are listed: %1 name no secret, so a secret's policy "
           "cannot decide them and the Simulation has no table for them.")
            .arg(QLocale().createSeparatedList(withoutSecret)));
    note->setObjectName(QStringLiteral("actionsNote"));
    form->addRow(QString(), note);
    return box;
}

QStringList PreferencesDialog::languageCodes()
{
    QStringList codes{QString()};
    for (const Language &language : availableLanguages())
        codes << language.code;
    return codes;
}

void PreferencesDialog::load()
{
    const model::Preferences &prefs = model::Preferences::instance();
    const QFont font = prefs.editorFont();
    m_font->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_indent->setValue(prefs.indentWidth());
    m_reparseDelay->setValue(prefs.reparseDelay());
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(prefs.theme())));
    const int language = m_language->findData(prefs.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_secretArn->setText(prefs.defaultSecretArn());
    setCheckedActions(prefs.defaultActions());
    checkSecretArn(false);
    m_actionsMessage->hide();
}

void PreferencesDialog::restoreDefaults()
{
    const QFont font = model::Preferences::factoryEditorFont();
    m_font->setCurrentFont(font);
    m_fontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    m_indent->setValue(model::Preferences::factoryIndentWidth());
    m_reparseDelay->setValue(model::Preferences::factoryReparseDelay());
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(Theme::System)));
    m_language->setCurrentIndex(0);
    m_secretArn->clear();
    setCheckedActions(model::Preferences::factoryDefaultActions());
    checkSecretArn(false);
    m_actionsMessage->hide();
}

bool PreferencesDialog::checkSecretArn(bool focusProblem)
{
    const QString text = m_secretArn->text().trimmed();
    const model::SecretArnProblem problem = model::checkSecretArn(text);
    m_arnMessage->setText(problem.message);
    m_arnMessage->setVisible(!problem.isOk());
    m_secretArn->setAccessibleDescription(problem.message);
    if (!problem.isOk() && focusProblem) {
        // Select the offending part (positions are in the trimmed text).
        const int lead = static_cast<int>(m_secretArn->text().indexOf(text));
        m_secretArn->setFocus(Qt::OtherFocusReason);
        m_secretArn->setSelection(lead + problem.position, problem.length);
    }
    return problem.isOk();
}

QStringList PreferencesDialog::checkedActions() const
{
    QStringList actions;
    for (int i = 0; i < m_actions->count(); ++i) {
        const QListWidgetItem *item = m_actions->item(i);
        if (item->checkState() == Qt::Checked)
            actions << item->data(Qt::UserRole).toString();
    }
    return actions;
}

void PreferencesDialog::setCheckedActions(const QStringList &actions)
{
    for (int i = 0; i < m_actions->count(); ++i) {
        QListWidgetItem *item = m_actions->item(i);
        const bool checked = actions.contains(item->data(Qt::UserRole).toString(),
                                              Qt::CaseInsensitive);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

bool PreferencesDialog::apply()
{
    if (!checkSecretArn(true))
        return false;
    const QStringList actions = checkedActions();
    if (actions.isEmpty()) {
        m_actionsMessage->setText(tr("Choose at least one action."));
        m_actionsMessage->show();
        m_actions->setFocus(Qt::OtherFocusReason);
        return false;
    }
    model::Preferences &prefs = model::Preferences::instance();
    QFont font = m_font->currentFont();
    font.setPointSize(m_fontSize->value());
    font.setStyleHint(QFont::Monospace);
    prefs.setEditorFont(font);
    prefs.setIndentWidth(m_indent->value());
    prefs.setReparseDelay(m_reparseDelay->value());
    prefs.setTheme(static_cast<Theme>(m_theme->currentData().toInt()));
    prefs.setLanguage(m_language->currentData().toString());
    prefs.setDefaultSecretArn(m_secretArn->text().trimmed());
    prefs.setDefaultActions(actions);
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace views
