// Short explanations of the words of the policy language, for tooltips and "What's This?" in
// the statement tree (and anywhere else a name needs explaining): every condition operator,
// every condition key and every Secrets Manager action the engine knows. The texts live in one
// place, helptexts.cpp, written in our words from docs/reference/evaluation.md §3 and
// docs/reference/secretsmanager.md §3-§6, and are translatable (context "model::HelpTexts").
//
// Each function takes the name as written in a policy (any case, with qualifier and IfExists
// for operators, with a tag name for tag keys, with or without the service prefix for actions)
// and returns rich text (a few short paragraphs), or an empty string when the name is unknown.
//
//   operatorHelp("ForAnyValue:StringEqualsIfExists")  // what it compares, how absent keys go
//   keyHelp("aws:ResourceTag/team")                   // what the key carries, when it is absent
//   actionHelp("secretsmanager:Get*")                 // the actions the pattern matches
#pragma once

#include <QString>

#include <string_view>

namespace model {

QString operatorHelp(const QString &operatorName);
QString keyHelp(const QString &key);
QString actionHelp(const QString &action);

// The one-sentence descriptions behind the functions above, by canonical table name (a base
// operator without qualifier, a key as in the engine's key table, an action name without
// prefix); empty when the table has none. Tests use them to check that every operator, key and
// action the engine knows has a text.
QString baseOperatorDescription(std::string_view baseName);
QString keyDescription(std::string_view tableKey);
QString actionDescription(std::string_view actionName);

} // namespace model
