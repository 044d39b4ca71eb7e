// The user-facing text of the linter's findings and checks, in the user's language.
//
// The engine (no Qt) gives every finding a stable id and an English message with its
// {braces} filled in (checks.md). This table holds each message's English template with
// %1, %2... where the engine fills in values, marked for translation. A message is translated
// by matching it against its id's templates, translating what was filled in when it is itself
// a known phrase (a reason, a JSON type, a list's "and"), and filling the translated template:
//
//   item->setText(model::FindingText::message(diagnostic));
//   item->setToolTip(model::FindingText::description(diagnostic.id));
//
// A message no template matches is shown in English (and logged with qDebug), so a new engine
// message never disappears; tests/model/tst_findingtext.cpp checks that every finding on the
// test data matches.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace engine {
struct Diagnostic;
}

namespace model {

class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)

public:
    // The finding's message in the current language. *matched (if given) says whether a
    // template matched; when not, the English message is returned.
    static QString message(const engine::Diagnostic &diagnostic, bool *matched = nullptr);
    static QString message(const QString &id, const QString &english, bool *matched = nullptr);
    // A JSON syntax error of the engine's reader ("expected a value"), translated.
    static QString parserMessage(const QString &english, bool *matched = nullptr);
    // A text of the simulation engine (a derived principal's label such as "anonymous", an
    // evaluator warning), translated; the English text when the table does not know it.
    static QString simulationText(const QString &english);
    // The check's one-line description (engine::checks()), translated; the engine's English
    // description for an id the table does not know.
    static QString description(const std::string &id);
    // Every id the table has message templates for.
    static QStringList ids();
};

} // namespace model
