#include "cloudtrail/replay.h"

#include "cloudtrail/bytesource.h"
#include "cloudtrail/recordreader.h"
#include "json/reader.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace engine::cloudtrail {

using analysis::Access;

const char *callVerdictName(CallVerdict verdict)
{
    switch (verdict) {
    case CallVerdict::WouldBeDenied:
        return "wouldBeDenied";
    case CallVerdict::AtRisk:
        return "atRisk";
    case CallVerdict::DependsOnIdentity:
        return "dependsOnIdentity";
    case CallVerdict::NewlyAllowed:
        return "newlyAllowed";
    case CallVerdict::StillDenied:
        return "stillDenied";
    case CallVerdict::StillAllowed:
        return "stillAllowed";
    }
    return "stillAllowed";
}

const std::array<CallVerdict, callVerdictCount> &verdictTableOrder()
{
    static const std::array<CallVerdict, callVerdictCount> order{CallVerdict::StillAllowed,
                                                                 CallVerdict::AtRisk,
                                                                 CallVerdict::DependsOnIdentity,
                                                                 CallVerdict::WouldBeDenied,
                                                                 CallVerdict::NewlyAllowed,
                                                                 CallVerdict::StillDenied};
    return order;
}

CallVerdict verdictOf(bool refused, bool crossAccount, Access draft, std::optional<Access> baseline)
{
    if (refused)
        return draft == Access::Allowed ? CallVerdict::NewlyAllowed : CallVerdict::StillDenied;
    switch (draft) {
    case Access::Allowed:
        return CallVerdict::StillAllowed;
    case Access::Denied:
        return CallVerdict::WouldBeDenied;
    case Access::NeedsIdentity:
        break;
    }
    // Another account's call needs both sides, so its success proves its identity side.
    if (crossAccount)
        return CallVerdict::StillAllowed;
    if (!baseline)
        return CallVerdict::DependsOnIdentity;
    // In the owner account a success proves the identity side only when the baseline did not
    // let the call in by itself.
    return *baseline == Access::Allowed ? CallVerdict::AtRisk : CallVerdict::StillAllowed;
}

bool ReplayReport::breaks() const
{
    return verdicts[static_cast<std::size_t>(CallVerdict::WouldBeDenied)] > 0
           || verdicts[static_cast<std::size_t>(CallVerdict::AtRisk)] > 0;
}

Replay::Replay(const CompiledPolicy &draft, const CompiledPolicy *baseline, SecretRef secret)
    : m_draft(draft)
    , m_baseline(baseline)
    , m_secret(std::move(secret))
{
    m_report.secret = m_secret.arn;
}

void Replay::add(const Call &call)
{
    const EvaluateOptions fast{.explain = false, .trace = false};
    const Access draft = analysis::accessOf(evaluate(m_draft, call.request, fast));
    std::optional<Access> baseline;
    if (m_baseline)
        baseline = analysis::accessOf(evaluate(*m_baseline, call.request, fast));
    const CallVerdict verdict = verdictOf(call.refused, call.crossAccount, draft, baseline);
    ++m_report.calls;
    ++m_report.verdicts[static_cast<std::size_t>(verdict)];

    m_key.assign(call.caller).append(1, '\x1f').append(call.request.action);
    m_key.append(1, '\x1f').append(callVerdictName(verdict));
    const auto [it, isNew] = m_groupIndex.try_emplace(m_key, m_report.groups.size());
    if (isNew) {
        CallGroup group;
        group.caller = call.caller;
        group.action = call.request.action;
        group.verdict = verdict;
        group.first = group.last = call.time;
        group.example = call.request;
        group.access = draft;
        group.baselineAccess = baseline;
        m_report.groups.push_back(std::move(group));
    }
    CallGroup &group = m_report.groups[it->second];
    ++group.calls;
    // eventTime is ISO 8601 in UTC with a fixed layout: text order is time order.
    if (!call.time.empty()) {
        if (group.first.empty() || call.time < group.first)
            group.first = call.time;
        if (call.time > group.last)
            group.last = call.time;
    }
}

void Replay::addProblem(Problem problem)
{
    ++m_report.unreadable;
    if (m_report.problems.size() < ReplayReport::maxProblems)
        m_report.problems.push_back(std::move(problem));
}

ReplayReport Replay::report() const
{
    ReplayReport report = m_report;
    for (CallGroup &group : report.groups) {
        const Decision d = evaluate(m_draft, group.example);
        const Effect deciding
            = d.decision == Outcome::ExplicitlyDenied ? Effect::Deny : Effect::Allow;
        group.statements.clear();
        for (const MatchedStatement &m : d.matched) {
            if (m.effect == deciding)
                group.statements.push_back({m.index, m.sid, m.effect});
        }
        group.explain = d.explain;
    }
    std::stable_sort(
        report.groups.begin(), report.groups.end(), [](const CallGroup &a, const CallGroup &b) {
            return std::make_tuple(a.verdict, b.calls, std::cref(a.caller), std::cref(a.action))
                   < std::make_tuple(b.verdict, a.calls, std::cref(b.caller), std::cref(b.action));
        });
    return report;
}

namespace {

void replayRecord(const RawRecord &raw, const std::string &path, Replay &replay)
{
    const auto problem = [&](std::string message) {
        replay.addProblem({path, raw.number, raw.line, std::move(message)});
    };
    if (!raw.error.empty())
        return problem(raw.error);
    const json::ReadResult doc = json::read(raw.text);
    if (!doc.ok)
        return problem("not valid JSON: " + doc.error.message + " (at byte "
                       + std::to_string(doc.error.position.offset) + " of the record)");
    const json::Value *record = &doc.value;
    json::ReadResult inner;
    if (const json::Value *event = lookupEventText(doc.value)) {
        inner = json::read(event->text);
        if (!inner.ok)
            return problem("\"CloudTrailEvent\" is not valid JSON: " + inner.error.message);
        record = &inner.value;
    } else if (raw.lookupEvent) {
        return problem("an element of \"Events\" without a \"CloudTrailEvent\" string");
    }
    const RecordRead r = readRecord(*record, replay.secret());
    switch (r.kind) {
    case RecordRead::Kind::Call:
        replay.add(r.call);
        break;
    case RecordRead::Kind::Ignored:
        replay.addIgnored();
        break;
    case RecordRead::Kind::Unreadable:
        problem(r.error);
        break;
    }
}

} // namespace

std::optional<std::string>
replayFile(const std::string &path, Replay &replay, const ReplayProgress &progress)
{
    ByteSource source;
    if (std::optional<std::string> error = source.open(path))
        return error;
    RecordReader reader(source);
    RawRecord raw;
    std::uint64_t records = 0;
    while (reader.next(raw)) {
        replayRecord(raw, path, replay);
        if (progress && ++records % 4096 == 0)
            progress(records, source.fileBytesRead());
    }
    if (!source.error().empty())
        replay.addProblem({path, raw.number + 1, 0, source.error()});
    if (progress)
        progress(records, source.fileBytesRead());
    return std::nullopt;
}

Result<std::vector<std::string>> eventFiles(const std::vector<std::string> &paths)
{
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const std::string &path : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        if (!fs::exists(status))
            return Error{path + ": No such file or directory"};
        if (!fs::is_directory(status)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(
            path, fs::directory_options::skip_permission_denied, ec);
        if (ec)
            return Error{path + ": " + ec.message()};
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec)
                return Error{path + ": " + ec.message()};
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec))
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace engine::cloudtrail
