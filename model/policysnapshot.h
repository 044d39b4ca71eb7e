// One analysis of the editor's text, published after each reparse: the text, its JSON tree (or
// syntax error), the compiled policy (when the text has no blocking error) and the findings.
// Immutable and shared (`PolicySnapshot::Ptr`): the statement tree, the Problems panel, the
// Simulation and the Scenarios all read the same one, so the text is parsed once per edit.
//
//   PolicySnapshot::Ptr s = PolicySnapshot::analyze(text, arn, ++generation);
//   if (s->policy()) evaluate(*s->policy(), request);
//
// analyze() is pure and thread-safe: the editor runs it on a worker for large texts.
#pragma once

#include "data/secretsmanager.h"
#include "eval/evaluator.h"
#include "json/reader.h"
#include "policy/diagnostic.h"

#include <QByteArray>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace model {

class PolicySnapshot : public std::enable_shared_from_this<PolicySnapshot>
{
public:
    using Ptr = std::shared_ptr<const PolicySnapshot>;

    // AWS's limit on a secret policy, in characters (code points), whitespace included.
    static constexpr qsizetype sizeLimit
        = static_cast<qsizetype>(engine::data::maxPolicyCharacters);

    // Parses and lints `utf8Text` once and compiles its policy. Past sizeLimit only the cheap
    // checks run (engine::LintOptions::cheapChecksOnly), unless `allChecks` asks for all.
    static Ptr analyze(const QByteArray &utf8Text, const std::optional<std::string> &secretArn,
                       quint64 generation, bool allChecks = false);

    // The count of UTF-8 code points (characters, as AWS counts them) of a text.
    static qsizetype characterCount(std::string_view utf8Text);

    quint64 generation() const { return m_generation; }
    const QByteArray &text() const { return m_text; }
    qsizetype characters() const { return m_characters; }
    bool isOverSizeLimit() const { return m_characters > sizeLimit; }
    // Only the cheap checks ran (a text past the size limit).
    bool isCheapChecksOnly() const { return m_cheapChecksOnly; }
    const std::optional<std::string> &secretArn() const { return m_secretArn; }

    bool isJson() const { return m_document.ok; }
    const engine::json::ParseError &parseError() const { return m_document.error; }
    // The JSON tree, shared with the snapshot (empty when !isJson()).
    std::shared_ptr<const engine::json::Value> tree() const;
    // The compiled policy, shared with the snapshot; null when the text has a blocking error.
    std::shared_ptr<const engine::CompiledPolicy> policy() const;
    const std::vector<engine::Diagnostic> &findings() const { return m_findings; }
    // Milliseconds analyze() took (parse, lint, compile).
    double milliseconds() const { return m_milliseconds; }

private:
    quint64 m_generation = 0;
    QByteArray m_text;
    qsizetype m_characters = 0;
    bool m_cheapChecksOnly = false;
    std::optional<std::string> m_secretArn;
    engine::json::ReadResult m_document;
    std::optional<engine::CompiledPolicy> m_policy;
    std::vector<engine::Diagnostic> m_findings;
    double m_milliseconds = 0.0;
};

} // namespace model
