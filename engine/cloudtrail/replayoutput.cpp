// The outputs of a replay: JSON (the shape docs/reference/replay.md gives), text for people and
// CSV for spreadsheets.
#include "cloudtrail/replay.h"

#include "sim/report.h"
#include "json/reader.h"
#include "json/writer.h"

namespace engine::cloudtrail {

namespace {

std::string count(std::uint64_t n)
{
    return std::to_string(n);
}

std::string pretty(const std::string &compact)
{
    const json::ReadResult r = json::read(compact);
    return r.ok ? json::write(r.value, 2) : compact;
}

std::string statementJson(const DecidingStatement &s)
{
    std::string out = "{\"index\":" + std::to_string(s.index);
    if (s.sid)
        out += ",\"sid\":" + json::quote(*s.sid);
    out += ",\"effect\":";
    out += s.effect == Effect::Allow ? "\"Allow\"" : "\"Deny\"";
    return out + "}";
}

std::string statementWords(const DecidingStatement &s)
{
    std::string out = "statement " + std::to_string(s.index);
    if (s.sid)
        out += " (" + *s.sid + ")";
    return out;
}

// "statement 0 (ReadCurrent), statement 2" or what decides without a statement.
std::string decidedBy(const CallGroup &g)
{
    if (g.statements.empty())
        return g.access == analysis::Access::Denied
                   ? "no statement grants it"
                   : "no statement grants it; the caller's identity policies decide";
    std::string out = g.statements.front().effect == Effect::Deny ? "denied by " : "granted by ";
    for (std::size_t i = 0; i < g.statements.size(); ++i)
        out += (i > 0 ? ", " : "") + statementWords(g.statements[i]);
    return out;
}

std::string problemWhere(const Problem &p)
{
    std::string out = p.file;
    if (p.record > 0)
        out += ": record " + count(p.record);
    if (p.line > 0)
        out += " (line " + std::to_string(p.line) + ")";
    return out;
}

} // namespace

std::string replayJson(const ReplayReport &r)
{
    std::string out = "{\"secret\":" + json::quote(r.secret);
    out += ",\"calls\":" + count(r.calls) + ",\"ignored\":" + count(r.ignored)
           + ",\"unreadable\":" + count(r.unreadable) + ",\"verdicts\":{";
    bool first = true;
    for (const CallVerdict v : verdictTableOrder()) {
        out += first ? "" : ",";
        first = false;
        out += json::quote(callVerdictName(v)) + ":"
               + count(r.verdicts[static_cast<std::size_t>(v)]);
    }
    out += "},\"groups\":[";
    for (std::size_t i = 0; i < r.groups.size(); ++i) {
        const CallGroup &g = r.groups[i];
        out += i > 0 ? "," : "";
        out += "{\"caller\":" + json::quote(g.caller) + ",\"action\":" + json::quote(g.action)
               + ",\"verdict\":" + json::quote(callVerdictName(g.verdict)) + ",\"calls\":"
               + count(g.calls) + ",\"first\":" + json::quote(g.first) + ",\"last\":"
               + json::quote(g.last) + ",\"access\":" + json::quote(analysis::accessName(g.access));
        if (g.baselineAccess)
            out += ",\"baselineAccess\":" + json::quote(analysis::accessName(*g.baselineAccess));
        out += ",\"statements\":[";
        for (std::size_t s = 0; s < g.statements.size(); ++s)
            out += (s > 0 ? "," : "") + statementJson(g.statements[s]);
        out += "],\"explain\":" + json::quote(g.explain);
        out += ",\"example\":" + analysis::requestJson(g.example) + "}";
    }
    out += "],\"problems\":[";
    for (std::size_t i = 0; i < r.problems.size(); ++i) {
        const Problem &p = r.problems[i];
        out += i > 0 ? "," : "";
        out += "{\"file\":" + json::quote(p.file) + ",\"record\":" + count(p.record);
        if (p.line > 0)
            out += ",\"line\":" + std::to_string(p.line);
        out += ",\"message\":" + json::quote(p.message) + "}";
    }
    out += "]}";
    return pretty(out) + "\n";
}

std::string replayText(const ReplayReport &r)
{
    std::string out = count(r.calls) + (r.calls == 1 ? " call" : " calls") + " to " + r.secret
                      + " (" + count(r.ignored) + " other records ignored, " + count(r.unreadable)
                      + " unreadable)\n ";
    for (const CallVerdict v : verdictTableOrder())
        out += std::string(" ") + callVerdictName(v) + " "
               + count(r.verdicts[static_cast<std::size_t>(v)]);
    out += "\n";
    for (const CallGroup &g : r.groups) {
        out += "\n" + std::string(callVerdictName(g.verdict)) + ": " + g.caller + " "
               + g.action.substr(g.action.find(':') + 1) + ", " + count(g.calls)
               + (g.calls == 1 ? " call" : " calls");
        if (!g.first.empty())
            out += g.first == g.last ? " at " + g.first : " from " + g.first + " to " + g.last;
        out += "\n  draft: " + std::string(analysis::accessName(g.access));
        if (g.baselineAccess)
            out += ", baseline: " + std::string(analysis::accessName(*g.baselineAccess));
        out += "; " + decidedBy(g) + "\n";
        out += "  example: " + analysis::requestJson(g.example) + "\n";
    }
    if (!r.problems.empty()) {
        out += "\nunreadable records:\n";
        for (const Problem &p : r.problems)
            out += "  " + problemWhere(p) + ": " + p.message + "\n";
        if (r.unreadable > r.problems.size())
            out += "  ... and " + count(r.unreadable - r.problems.size()) + " more\n";
    }
    return out;
}

std::string replayCsv(const ReplayReport &r)
{
    std::string out;
    sim::appendCsvRow(out,
                      {"verdict",
                       "caller",
                       "action",
                       "calls",
                       "first",
                       "last",
                       "access",
                       "baselineAccess",
                       "statements",
                       "example"});
    for (const CallGroup &g : r.groups) {
        std::string statements;
        for (const DecidingStatement &s : g.statements)
            statements += (statements.empty() ? "" : ";") + std::to_string(s.index)
                          + (s.sid ? ":" + *s.sid : "");
        const std::string calls = count(g.calls);
        sim::appendCsvRow(out,
                          {callVerdictName(g.verdict),
                           g.caller,
                           g.action,
                           calls,
                           g.first,
                           g.last,
                           analysis::accessName(g.access),
                           g.baselineAccess ? analysis::accessName(*g.baselineAccess) : "",
                           statements,
                           analysis::requestJson(g.example)});
    }
    return out;
}

} // namespace engine::cloudtrail
