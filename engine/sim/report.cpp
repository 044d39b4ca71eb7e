// Rendering matrices and change reports as text, CSV, Markdown and JSON.
#include "sim/report.h"

#include "json/reader.h"
#include "sim/simjson.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace engine::sim {

namespace {

using Table = std::vector<std::vector<std::string>>;

std::size_t displayWidth(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Columns separated by two spaces, padded to the widest cell; no trailing blanks.
void appendAligned(std::string &out, const Table &table)
{
    std::vector<std::size_t> widths;
    for (const auto &row : table) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    for (const auto &row : table) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line.append(widths[i] - displayWidth(row[i]) + 2, ' ');
        }
        out += line + '\n';
    }
}

} // namespace

// Appends `text` as one RFC 4180 field: quoted when it holds a comma, a quote or a line break.
void appendCsvField(std::string &out, std::string_view text)
{
    const auto special = [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; };
    // Long texts (explanations): four memchr scans are far cheaper than a test of every byte.
    const auto has = [text](char c) { return text.find(c) != std::string_view::npos; };
    const bool needsQuotes = text.size() < 64 ? std::any_of(text.begin(), text.end(), special)
                                             : has(',') || has('"') || has('\n') || has('\r');
    if (!needsQuotes) {
        out.append(text);
        return;
    }
    out += '"';
    for (std::size_t from = 0;;) {
        const std::size_t quote = text.find('"', from);
        if (quote == std::string_view::npos) {
            out.append(text.substr(from));
            break;
        }
        out.append(text.substr(from, quote + 1 - from)).push_back('"');
        from = quote + 1;
    }
    out += '"';
}

// The fields separated by commas, without the line end.
void appendCsvFields(std::string &out, std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (const std::string_view field : fields) {
        if (!first)
            out += ',';
        first = false;
        appendCsvField(out, field);
    }
}

void appendCsvRow(std::string &out, std::initializer_list<std::string_view> fields)
{
    appendCsvFields(out, fields);
    out += "\r\n"; // RFC 4180
}

std::string csvField(std::string_view text)
{
    std::string out;
    appendCsvField(out, text);
    return out;
}

namespace {

// Explanations escaped for one format (a CSV field, an HTML attribute), once per distinct
// explanation: the cells of a matrix share a few thousand explanations of kilobytes each (an
// implicit deny explains every statement), and escaping each once per cell would cost more
// than computing the matrix.
class EscapedExplains
{
public:
    explicit EscapedExplains(std::string (*escape)(std::string_view)) : m_escape(escape) {}

    std::string_view get(const Shared<std::string> &explain)
    {
        const auto [it, added] = m_escaped.try_emplace(&explain.get());
        if (added)
            it->second = m_escape(*explain);
        return it->second;
    }

private:
    std::string (*m_escape)(std::string_view);
    std::unordered_map<const void *, std::string> m_escaped; // by the shared value's address
};

std::string markdownCell(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

void appendMarkdownTable(std::string &out, const Table &table)
{
    for (std::size_t r = 0; r < table.size(); ++r) {
        out += '|';
        for (const std::string &cell : table[r])
            out += ' ' + markdownCell(cell) + " |";
        out += '\n';
        if (r == 0) {
            out += '|';
            for (std::size_t i = 0; i < table[r].size(); ++i)
                out += " --- |";
            out += '\n';
        }
    }
}

std::string matchedText(const std::vector<MatchedStatement> &matched)
{
    std::string out;
    for (const MatchedStatement &m : matched) {
        if (!out.empty())
            out += ';';
        out += m.sid ? *m.sid : "#" + std::to_string(m.index);
    }
    return out;
}

std::string noStageNote(std::string_view action)
{
    return std::string(action) + " sends no version stage: every column is the same request";
}

Table matrixTable(const Matrix &m, std::size_t action)
{
    Table table;
    std::vector<std::string> header{"principal"};
    for (const SimStage &stage : m.setup.stages)
        header.push_back(stage.label());
    table.push_back(std::move(header));
    for (std::size_t p = 0; p < m.setup.principals.size(); ++p) {
        std::vector<std::string> row{m.setup.principals[p].label};
        for (std::size_t s = 0; s < m.setup.stages.size(); ++s)
            row.push_back(cellText(m.cell(p, s, action)));
        table.push_back(std::move(row));
    }
    return table;
}

std::string matrixText(const Matrix &m)
{
    std::string out = "Access to " + m.setup.secretArn + "\n"
                      + "Each cell: the secret policy's decision, then \"/\" and the effective "
                        "decision when it differs.\n";
    for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
        out += '\n' + m.setup.actions[a] + '\n';
        if (!actionSendsStage(m.setup.actions[a]))
            out += "(" + noStageNote(m.setup.actions[a]) + ")\n";
        appendAligned(out, matrixTable(m, a));
    }
    return out;
}

std::string matrixMarkdown(const Matrix &m)
{
    std::string out = "# Access to `" + m.setup.secretArn + "`\n\n"
                      + "Each cell: the secret policy's decision, then \"/\" and the effective "
                        "decision when it differs.\n";
    for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
        out += "\n## " + m.setup.actions[a] + "\n\n";
        if (!actionSendsStage(m.setup.actions[a]))
            out += noStageNote(m.setup.actions[a]) + ".\n\n";
        appendMarkdownTable(out, matrixTable(m, a));
    }
    return out;
}

std::string matrixCsv(const Matrix &m)
{
    std::string out;
    appendCsvRow(out, {"action", "principal", "label", "stage", "decision", "effectiveDecision",
                       "matched", "explain"});
    EscapedExplains explains(csvField);
    for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
        for (std::size_t p = 0; p < m.setup.principals.size(); ++p) {
            const SimPrincipal &row = m.setup.principals[p];
            const std::string principal = principalText(row.principal);
            for (std::size_t s = 0; s < m.setup.stages.size(); ++s) {
                const Cell &c = m.cell(p, s, a);
                appendCsvFields(out, {m.setup.actions[a], principal, row.label,
                                      m.setup.stages[s].label(), outcomeName(c.decision),
                                      outcomeName(c.effectiveDecision), matchedText(c.matched)});
                out.append(",").append(explains.get(c.explain)).append("\r\n");
            }
        }
    }
    return out;
}

std::string stageJson(const SimStage &stage)
{
    return stage.name ? json::quote(*stage.name) : std::string("null");
}

std::string principalObjectJson(const SimPrincipal &p)
{
    return "{\"principal\":" + principalJson(p.principal) + ",\"label\":" + json::quote(p.label)
           + ",\"origin\":\"" + principalOriginName(p.origin) + "\",\"reach\":\""
           + reachName(p.reach) + "\"}";
}

std::string matrixJson(const Matrix &m)
{
    const MatrixSetup &s = m.setup;
    std::string out = "{\"secretArn\":" + json::quote(s.secretArn) + ",\n\"actions\":[";
    for (std::size_t a = 0; a < s.actions.size(); ++a)
        out += (a > 0 ? "," : "") + json::quote(s.actions[a]);
    out += "],\n\"stages\":[";
    for (std::size_t i = 0; i < s.stages.size(); ++i)
        out += (i > 0 ? "," : "") + stageJson(s.stages[i]);
    out += "],\n\"principals\":[";
    for (std::size_t p = 0; p < s.principals.size(); ++p)
        out += std::string(p > 0 ? ",\n" : "\n") + principalObjectJson(s.principals[p]);
    out += "],\n\"matrices\":[";
    for (std::size_t a = 0; a < s.actions.size(); ++a) {
        out += std::string(a > 0 ? ",\n" : "\n") + "{\"action\":" + json::quote(s.actions[a])
               + ",\"sendsStage\":" + (actionSendsStage(s.actions[a]) ? "true" : "false")
               + ",\"rows\":[";
        for (std::size_t p = 0; p < s.principals.size(); ++p) {
            out += p > 0 ? ",\n[" : "\n[";
            for (std::size_t st = 0; st < s.stages.size(); ++st)
                out += (st > 0 ? "," : "") + toJson(m.cell(p, st, a).toDecision());
            out += ']';
        }
        out += "]}";
    }
    return out + "]}\n";
}

std::string diffStageLabel(const PolicyDiff &d, const CellDiff &c)
{
    return c.stageApplies ? d.setup.stages[c.stage].label() : std::string("(any)");
}

Table diffTable(const PolicyDiff &d, bool includeUnchanged)
{
    Table table{{"change", "reach", "principal", "action", "stage", "before", "after"}};
    for (const CellDiff &c : d.cells) {
        if (c.change == AccessChange::Unchanged && !includeUnchanged)
            continue;
        const SimPrincipal &p = d.setup.principals[c.principal];
        table.push_back({accessChangeName(c.change), reachName(p.reach), p.label,
                         d.setup.actions[c.action], diffStageLabel(d, c), cellText(c.before),
                         cellText(c.after)});
    }
    return table;
}

std::string diffSummary(const PolicyDiff &d)
{
    return std::to_string(d.count(AccessChange::New)) + " gained, "
           + std::to_string(d.count(AccessChange::Removed)) + " removed, "
           + std::to_string(d.count(AccessChange::Unchanged)) + " unchanged";
}

std::string diffText(const PolicyDiff &d, bool includeUnchanged)
{
    std::string out = "Access changes for " + d.setup.secretArn + ": " + diffSummary(d) + "\n";
    const Table table = diffTable(d, includeUnchanged);
    if (table.size() > 1) {
        out += "Each decision: the secret policy's, then \"/\" and the effective one when it "
               "differs.\n\n";
        appendAligned(out, table);
    }
    return out;
}

std::string diffMarkdown(const PolicyDiff &d, bool includeUnchanged)
{
    std::string out = "# Access changes for `" + d.setup.secretArn + "`\n\n" + diffSummary(d)
                      + ".\n";
    const Table table = diffTable(d, includeUnchanged);
    if (table.size() > 1) {
        out += "\nEach decision: the secret policy's, then \"/\" and the effective one when it "
               "differs.\n\n";
        appendMarkdownTable(out, table);
    }
    return out;
}

std::string diffCsv(const PolicyDiff &d, bool includeUnchanged)
{
    std::string out;
    appendCsvRow(out, {"change", "reach", "action", "principal", "label", "stage",
                       "beforeDecision", "beforeEffectiveDecision", "afterDecision",
                       "afterEffectiveDecision", "afterExplain"});
    EscapedExplains explains(csvField);
    for (const CellDiff &c : d.cells) {
        if (c.change == AccessChange::Unchanged && !includeUnchanged)
            continue;
        const SimPrincipal &p = d.setup.principals[c.principal];
        appendCsvFields(out, {accessChangeName(c.change), reachName(p.reach),
                              d.setup.actions[c.action], principalText(p.principal), p.label,
                              diffStageLabel(d, c), outcomeName(c.before.decision),
                              outcomeName(c.before.effectiveDecision),
                              outcomeName(c.after.decision),
                              outcomeName(c.after.effectiveDecision)});
        out.append(",").append(explains.get(c.after.explain)).append("\r\n");
    }
    return out;
}

std::string diffJson(const PolicyDiff &d, bool includeUnchanged)
{
    std::string out = "{\"secretArn\":" + json::quote(d.setup.secretArn)
                      + ",\"gained\":" + std::to_string(d.count(AccessChange::New))
                      + ",\"removed\":" + std::to_string(d.count(AccessChange::Removed))
                      + ",\"unchanged\":" + std::to_string(d.count(AccessChange::Unchanged))
                      + ",\n\"cells\":[";
    bool first = true;
    for (const CellDiff &c : d.cells) {
        if (c.change == AccessChange::Unchanged && !includeUnchanged)
            continue;
        const SimPrincipal &p = d.setup.principals[c.principal];
        out += first ? "\n" : ",\n";
        first = false;
        out += "{\"change\":\"" + std::string(accessChangeName(c.change)) + "\",\"reach\":\""
               + reachName(p.reach) + "\",\"action\":" + json::quote(d.setup.actions[c.action])
               + ",\"principal\":" + principalJson(p.principal) + ",\"label\":"
               + json::quote(p.label) + ",\"stage\":"
               + (c.stageApplies ? stageJson(d.setup.stages[c.stage]) : std::string("null"))
               + ",\"stageApplies\":" + (c.stageApplies ? "true" : "false")
               + ",\"before\":" + toJson(c.before.toDecision())
               + ",\"after\":" + toJson(c.after.toDecision()) + "}";
    }
    return out + "]}\n";
}

std::string htmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

const char *outcomeClass(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed: return "allowed";
    case Outcome::ImplicitlyDenied: return "implicit";
    case Outcome::ExplicitlyDenied: return "explicit";
    case Outcome::Unknown: return "unknown";
    }
    return "unknown";
}

constexpr std::string_view htmlStyle =
    "<style>\n"
    "body { font-family: sans-serif; }\n"
    "table { border-collapse: collapse; margin-bottom: 1.5em; }\n"
    "th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; }\n"
    "td.allowed { background: #d9f2d9; }\n"
    "td.implicit { background: #eeeeee; }\n"
    "td.explicit { background: #f7d4d4; }\n"
    "td.unknown { background: #fff2cc; }\n"
    "</style>\n";

std::string htmlPage(std::string_view title, std::string_view body)
{
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
           + htmlEscape(title) + "</title>\n" + std::string(htmlStyle) + "</head>\n<body>\n"
           + std::string(body) + "</body>\n</html>\n";
}

void appendHtmlCell(std::string &out, const Cell &cell, EscapedExplains &titles)
{
    out.append("<td class=\"").append(outcomeClass(cell.effectiveDecision)).append("\" title=\"");
    out.append(titles.get(cell.explain)).append("\">").append(htmlEscape(cellText(cell)));
    out.append("</td>");
}

std::string matrixHtml(const Matrix &m)
{
    const std::string title = "Access to " + m.setup.secretArn;
    std::string body = "<h1>" + htmlEscape(title) + "</h1>\n<p>Each cell: the secret policy's "
                       "decision, then \"/\" and the effective decision when it differs. Hover "
                       "a cell for the explanation.</p>\n";
    EscapedExplains titles(htmlEscape);
    for (std::size_t a = 0; a < m.setup.actions.size(); ++a) {
        body += "<h2>" + htmlEscape(m.setup.actions[a]) + "</h2>\n";
        if (!actionSendsStage(m.setup.actions[a]))
            body += "<p>" + htmlEscape(noStageNote(m.setup.actions[a])) + ".</p>\n";
        body += "<table>\n<tr><th>principal</th>";
        for (const SimStage &stage : m.setup.stages)
            body += "<th>" + htmlEscape(stage.label()) + "</th>";
        body += "</tr>\n";
        for (std::size_t p = 0; p < m.setup.principals.size(); ++p) {
            body += "<tr><th>" + htmlEscape(m.setup.principals[p].label) + "</th>";
            for (std::size_t s = 0; s < m.setup.stages.size(); ++s)
                appendHtmlCell(body, m.cell(p, s, a), titles);
            body += "</tr>\n";
        }
        body += "</table>\n";
    }
    return htmlPage(title, body);
}

std::string diffHtml(const PolicyDiff &d, bool includeUnchanged)
{
    const std::string title = "Access changes for " + d.setup.secretArn;
    std::string body = "<h1>" + htmlEscape(title) + "</h1>\n<p>" + htmlEscape(diffSummary(d))
                       + ".</p>\n";
    const Table table = diffTable(d, includeUnchanged);
    if (table.size() <= 1)
        return htmlPage(title, body);
    body += "<table>\n<tr>";
    for (const std::string &h : table.front())
        body += "<th>" + htmlEscape(h) + "</th>";
    body += "</tr>\n";
    std::size_t row = 0;
    EscapedExplains titles(htmlEscape);
    for (const CellDiff &c : d.cells) {
        if (c.change == AccessChange::Unchanged && !includeUnchanged)
            continue;
        const std::vector<std::string> &cells = table[++row];
        body += "<tr>";
        for (std::size_t i = 0; i + 2 < cells.size(); ++i)
            body += "<td>" + htmlEscape(cells[i]) + "</td>";
        appendHtmlCell(body, c.before, titles);
        appendHtmlCell(body, c.after, titles);
        body += "</tr>\n";
    }
    body += "</table>\n";
    return htmlPage(title, body);
}

} // namespace

std::optional<ReportFormat> parseReportFormat(std::string_view name)
{
    if (name == "text")
        return ReportFormat::Text;
    if (name == "csv")
        return ReportFormat::Csv;
    if (name == "markdown" || name == "md")
        return ReportFormat::Markdown;
    if (name == "json")
        return ReportFormat::Json;
    if (name == "html")
        return ReportFormat::Html;
    return std::nullopt;
}

const char *outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed: return "Allowed";
    case Outcome::ImplicitlyDenied: return "Denied (implicit)";
    case Outcome::ExplicitlyDenied: return "Denied (explicit)";
    case Outcome::Unknown: return "Unknown";
    }
    return "Unknown";
}

std::string cellText(const Cell &cell)
{
    std::string text = outcomeText(cell.decision);
    if (cell.effectiveDecision != cell.decision)
        text += std::string(" / ") + outcomeText(cell.effectiveDecision);
    return text;
}

std::string principalText(const RequestPrincipal &principal)
{
    switch (principal.form) {
    case RequestPrincipal::Form::Arn: return principal.text;
    case RequestPrincipal::Form::Anonymous: return "anonymous";
    case RequestPrincipal::Form::Service: return "Service:" + principal.text;
    case RequestPrincipal::Form::Federated: return "Federated:" + principal.text;
    case RequestPrincipal::Form::CanonicalUser: return "CanonicalUser:" + principal.text;
    }
    return principal.text;
}

std::string formatMatrix(const Matrix &matrix, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text: return matrixText(matrix);
    case ReportFormat::Csv: return matrixCsv(matrix);
    case ReportFormat::Markdown: return matrixMarkdown(matrix);
    case ReportFormat::Json: return matrixJson(matrix);
    case ReportFormat::Html: return matrixHtml(matrix);
    }
    return matrixText(matrix);
}

std::string formatDiff(const PolicyDiff &diff, ReportFormat format, bool includeUnchanged)
{
    switch (format) {
    case ReportFormat::Text: return diffText(diff, includeUnchanged);
    case ReportFormat::Csv: return diffCsv(diff, includeUnchanged);
    case ReportFormat::Markdown: return diffMarkdown(diff, includeUnchanged);
    case ReportFormat::Json: return diffJson(diff, includeUnchanged);
    case ReportFormat::Html: return diffHtml(diff, includeUnchanged);
    }
    return diffText(diff, includeUnchanged);
}

} // namespace engine::sim
