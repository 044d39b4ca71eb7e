#include "policysnapshot.h"

#include "lint/linter.h"
#include "values/text.h"

#include <QElapsedTimer>

namespace model {

qsizetype PolicySnapshot::characterCount(std::string_view utf8Text)
{
    return static_cast<qsizetype>(engine::values::codePointCount(utf8Text));
}

PolicySnapshot::Ptr PolicySnapshot::analyze(const QByteArray &utf8Text,
                                            const std::optional<std::string> &secretArn,
                                            quint64 generation, bool allChecks)
{
    QElapsedTimer clock;
    clock.start();
    auto snapshot = std::make_shared<PolicySnapshot>();
    snapshot->m_generation = generation;
    snapshot->m_text = utf8Text;
    const std::string_view text(utf8Text.constData(), static_cast<std::size_t>(utf8Text.size()));
    snapshot->m_characters = characterCount(text);
    snapshot->m_secretArn = secretArn;
    snapshot->m_cheapChecksOnly = !allChecks && snapshot->m_characters > sizeLimit;

    engine::LintOptions options;
    options.secretArn = secretArn;
    options.cheapChecksOnly = snapshot->m_cheapChecksOnly;
    engine::Analysis analysis = engine::analyze(text, options);
    snapshot->m_document = std::move(analysis.document);
    snapshot->m_findings = std::move(analysis.findings);
    if (analysis.policy)
        snapshot->m_policy.emplace(std::move(*analysis.policy));
    snapshot->m_milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return snapshot;
}

std::shared_ptr<const engine::json::Value> PolicySnapshot::tree() const
{
    return {shared_from_this(), &m_document.value};
}

std::shared_ptr<const engine::CompiledPolicy> PolicySnapshot::policy() const
{
    if (!m_policy)
        return nullptr;
    return {shared_from_this(), &*m_policy};
}

} // namespace model
