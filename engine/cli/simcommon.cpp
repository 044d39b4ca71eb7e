// Options and policy loading shared by the `matrix` and `diff` subcommands.
#include "cli/simcommon.h"

#include "cli/commands.h"
#include "values/arn.h"
#include "policy/policyreader.h"
#include "sim/derive.h"
#include "sim/selection.h"

#include <exception>
#include <utility>

namespace engine::cli {

std::optional<SimOptions> readSimOptions(std::string_view command, const ParsedArgs &args,
                                         std::vector<std::string> defaultActions,
                                         std::ostream &err)
{
    SimOptions options;
    const std::optional<std::string> arn = args.value("--secret-arn");
    if (!arn || arn->empty()) {
        usageError(err, command, "missing --secret-arn ARN (the ARN of the secret the policy is attached to)");
        return std::nullopt;
    }
    values::ArnFields fields;
    if (!values::splitArn(*arn, fields) || !values::isSecretArn(fields)) {
        usageError(err, command,
                   "`" + *arn
                       + "` is not a secret ARN; expected "
                         "arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME-abcdef");
        return std::nullopt;
    }
    options.secretArn = *arn;

    options.actions = std::move(defaultActions);
    if (const std::optional<std::string> list = args.value("--actions")) {
        Result<std::vector<std::string>> actions = sim::parseActionList(*list);
        if (!actions) {
            usageError(err, command, "--actions: " + actions.error().message);
            return std::nullopt;
        }
        options.actions = std::move(actions).value();
    }
    if (const std::optional<std::string> text = args.value("--context")) {
        Result<std::vector<ContextEntry>> context = sim::parseContextJson(*text);
        if (!context) {
            usageError(err, command, "--" + context.error().message);
            return std::nullopt;
        }
        options.context = std::move(context).value();
    }
    if (const std::optional<std::string> name = args.value("--format")) {
        const std::optional<sim::ReportFormat> format = sim::parseReportFormat(*name);
        if (!format) {
            usageError(err, command,
                       "unknown format `" + *name + "`; use text, csv, markdown, json or html");
            return std::nullopt;
        }
        options.format = *format;
    }
    return options;
}

std::optional<CompiledPolicy> loadPolicy(std::string_view command, const std::string &path,
                                         std::istream &in, std::ostream &err)
{
    const FileReadResult file = readFileLimited(path, maxPolicyFileBytes, in);
    const std::string where = "secret-policy " + std::string(command) + ": " + path + ": ";
    if (file.status == FileReadResult::Status::Unreadable) {
        err << "secret-policy " << command << ": cannot read `" << path << "`: " << file.error
            << '\n';
        return std::nullopt;
    }
    if (file.status == FileReadResult::Status::TooLarge) {
        err << where << "policy: the file has " << file.size
            << " bytes or more; a secret policy has at most 20,480 characters\n";
        return std::nullopt;
    }
    try {
        PolicyReadResult read = readPolicyText(file.text, PolicyKind::Resource);
        if (read.policy)
            return CompiledPolicy(std::move(*read.policy));
        err << where
            << (read.diagnostics.empty() ? std::string("policy: the policy cannot be evaluated")
                                         : policyErrorText(read.diagnostics.front()))
            << '\n';
    } catch (const std::exception &e) {
        err << where << "policy: internal error: " << e.what() << '\n';
    }
    return std::nullopt;
}

bool readAxes(std::string_view command, const ParsedArgs &args,
              const std::vector<const Policy *> &policies, sim::MatrixSetup &setup,
              std::ostream &err)
{
    setup.principals.clear();
    setup.stages.clear();
    const std::optional<std::string> principals = args.value("--principals");
    const std::optional<std::string> stages = args.value("--stages");
    for (const Policy *policy : policies) {
        if (principals) {
            Result<std::vector<sim::SimPrincipal>> rows =
                sim::parsePrincipalList(*principals, *policy, setup.secretArn);
            if (!rows) {
                usageError(err, command, "--principals: " + rows.error().message);
                return false;
            }
            sim::mergePrincipals(setup.principals, rows.value());
        } else {
            sim::mergePrincipals(setup.principals, sim::derivePrincipals(*policy, setup.secretArn));
        }
        if (stages) {
            Result<std::vector<sim::SimStage>> columns = sim::parseStageList(*stages, *policy);
            if (!columns) {
                usageError(err, command, "--stages: " + columns.error().message);
                return false;
            }
            sim::mergeStages(setup.stages, columns.value());
        } else {
            sim::mergeStages(setup.stages, sim::deriveStages(*policy));
        }
    }
    sim::orderPrincipals(setup.principals);
    return true;
}

} // namespace engine::cli
