// The evaluator's explanations in the user's language.
//
// The engine (no Qt) explains a decision in English, built from a few fixed phrases
// (engine/eval/explain.cpp, evaluator.cpp, conditions.cpp, requests.md "explain"):
//
//   Statement 0 allows: principal matches, action matches; same account: the secret
//   policy's grant suffices
//
// ExplainText splits such a text at "; " and ", ", recognizes each phrase and puts it
// together again from translated parts. Names, keys, operators and values stay as they are.
// A text with any phrase it does not know is returned in English, whole, so a new engine
// phrase never disappears (tests/views/tst_explaintext.cpp checks the engine's phrases):
//
//   label->setText(tr("Why: %1").arg(model::ExplainText::explanation(english)));
//   line = model::ExplainText::reason(QString::fromStdString(trace.reason));
#pragma once

#include <QCoreApplication>
#include <QString>

namespace model {

class ExplainText
{
    Q_DECLARE_TR_FUNCTIONS(ExplainText)

public:
    // A decision's whole explanation (engine::eval::Decision::explain). *matched (if given)
    // says whether every phrase was known; when not, the English text is returned.
    static QString explanation(const QString &english, bool *matched = nullptr);
    // One statement's reason (engine::eval::StatementTrace::reason), the same way.
    static QString reason(const QString &english, bool *matched = nullptr);
};

} // namespace model
