#include "findbar.h"

#include "icons.h"
#include "jsoneditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace views {

FindBar::FindBar(JsonEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)), m_matchCase(new QCheckBox(tr("Match &case"), this)),
      m_replaceLabel(new QLabel(tr("Re&place:"), this)), m_replaceRow(new QWidget(this)),
      m_status(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 3, 6, 3);
    auto *findLabel = new QLabel(tr("Fi&nd:"), this);
    findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    // The replace field sits in its own row widget, where the buddy label cannot name it.
    m_find->setAccessibleName(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_find->setClearButtonEnabled(true);
    m_find->setPlaceholderText(tr("Text to find"));
    m_replace->setPlaceholderText(tr("Replacement"));

    auto *previous = new QPushButton(tr("P&revious"), this);
    auto *next = new QPushButton(tr("N&ext"), this);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setIcon(appIcon("close"));
    close->setToolTip(tr("Close the find bar (Escape)"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_status);
    findRow->addWidget(close);

    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);

    grid->addWidget(findLabel, 0, 0);
    grid->addLayout(findRow, 0, 1);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replaceRow, 1, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, true); });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    setReplaceVisible(false);
}

void FindBar::setReplaceVisible(bool visible)
{
    m_replaceLabel->setVisible(visible);
    m_replaceRow->setVisible(visible);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

bool FindBar::find(bool forward, bool fromSelectionStart)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = -1;
    int index = -1;
    if (m_editor->hasSelectedText()) {
        int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        if (fromSelectionStart || !forward) {
            line = lineFrom;
            index = indexFrom;
        } else {
            line = lineTo;
            index = indexTo;
        }
    }
    const bool found = m_editor->findFirst(text, false, m_matchCase->isChecked(), false, true,
                                           forward, line, index, true);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::findNext()
{
    return find(true, false);
}

bool FindBar::findPrevious()
{
    return find(false, false);
}

bool FindBar::replaceCurrent()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QString selected = m_editor->selectedText();
    const Qt::CaseSensitivity cs = m_matchCase->isChecked() ? Qt::CaseSensitive
                                                            : Qt::CaseInsensitive;
    if (selected.compare(text, cs) == 0) {
        m_editor->replaceSelectedText(m_replace->text());
    }
    return findNext();
}

int FindBar::replaceAll()
{
    const QByteArray needle = m_find->text().toUtf8();
    if (needle.isEmpty())
        return 0;
    const QByteArray replacement = m_replace->text().toUtf8();
    const unsigned long flags = m_matchCase->isChecked() ? QsciScintillaBase::SCFIND_MATCHCASE
                                                         : 0;
    int count = 0;
    m_editor->SendScintilla(QsciScintillaBase::SCI_BEGINUNDOACTION);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEARCHFLAGS, flags);
    long start = 0;
    for (;;) {
        const long end = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE,
                                static_cast<unsigned long>(start), end);
        const long found = m_editor->SendScintilla(
            QsciScintillaBase::SCI_SEARCHINTARGET, static_cast<uintptr_t>(needle.size()),
            needle.constData());
        if (found < 0)
            break;
        m_editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET,
                                static_cast<uintptr_t>(replacement.size()),
                                replacement.constData());
        start = m_editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND);
        ++count;
    }
    m_editor->SendScintilla(QsciScintillaBase::SCI_ENDUNDOACTION);
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace views
