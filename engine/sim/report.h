// The access matrix and the change report as text: an aligned table for terminals, CSV,
// Markdown, JSON and a standalone HTML page. Shared by `secret-policy matrix`/`diff` and the
// panel's export.
//
//   std::string table = formatMatrix(matrix, ReportFormat::Text);
#pragma once

#include "sim/matrix.h"
#include "sim/policydiff.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace engine::sim {

enum class ReportFormat { Text, Csv, Markdown, Json, Html };
// "text", "csv", "markdown" (or "md"), "json", "html".
std::optional<ReportFormat> parseReportFormat(std::string_view name);

// "Allowed", "Denied (implicit)", "Denied (explicit)", "Unknown".
const char *outcomeText(Outcome outcome);
// The policy's decision, then " / " and the effective decision when that differs:
// "Allowed / Unknown", "Denied (implicit)".
std::string cellText(const Cell &cell);

// A principal as `--principals` takes it: the ARN, "anonymous", "Service:NAME",
// "Federated:PROVIDER", "CanonicalUser:ID".
std::string principalText(const RequestPrincipal &principal);

// CSV as RFC 4180 writes it, for every CSV output of the engine: a field quoted when it holds a
// comma, a quote or a line break; fields separated by commas; rows ended by CRLF.
void appendCsvField(std::string &out, std::string_view text);
void appendCsvFields(std::string &out, std::initializer_list<std::string_view> fields);
void appendCsvRow(std::string &out, std::initializer_list<std::string_view> fields);
std::string csvField(std::string_view text);

// Text: one aligned table per action (rows principals, columns stages) under a legend.
// CSV: one row per cell. Markdown: one table per action. JSON: one document with the axes and,
// for each action, a row of decision objects (requests.md) per principal. HTML: one table per
// action; each cell's class names its effective decision (allowed, implicit, explicit, unknown)
// and its text says it, so colour is never the only signal.
std::string formatMatrix(const Matrix &matrix, ReportFormat format);

// Lists the cells that gained or lost access (all cells with includeUnchanged) and a summary.
std::string formatDiff(const PolicyDiff &diff, ReportFormat format, bool includeUnchanged = false);

} // namespace engine::sim
