// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/evaluation_report.h"

#include "core/eval/benchmark_report.h"
#include "core/util/file_error.h"
#include "core/util/json_io.h"

#include <nlohmann/json.hpp>


namespace dbse::api {
namespace {

using json = nlohmann::json;

std::string tableText(const json* p) {
    if (!p)
        return "";
    const std::string note = p->value("note", std::string());
    return p->at("table").get<std::string>() + (note.empty() ? "" : " (" + note + ")");
}

std::vector<ReportMetric> metricsOf(const json& summary, const json& paper, const std::string& variant) {
    std::vector<ReportMetric> out;
    for (const json& m : summary) {
        ReportMetric r;
        r.key = m.at("key").get<std::string>();
        r.label = m.at("label").get<std::string>();
        r.ours = formatSummaryValue(m);
        r.higher_is_better = m.at("higher_is_better").get<bool>();
        const json* p = paperValue(paper, variant, r.key);
        r.paper = p ? formatPaperValue(p, m.at("percent").get<bool>()) : "";
        r.table = tableText(p);
        out.push_back(r);
    }
    return out;
}

ReportJudge judgeOf(const json& j) {
    ReportJudge r;
    r.path = j.at("path").get<std::string>();
    r.kind = j.at("kind").get<std::string>();
    r.epochs = jsonIntegerOr(j, "epochs", 0);
    r.trusted = j.at("trusted").get<bool>();
    r.reused = j.value("reused", false);
    r.heads = j.value("heads", std::vector<std::string>());
    r.test_accuracy = j.at("test_accuracy").get<std::vector<double>>();
    return r;
}

// Every head with a confusion matrix of square size = its classes (reports written before
// the matrices were added have none).
std::vector<ReportConfusion> confusionsOf(const json& generation) {
    std::vector<ReportConfusion> out;
    for (const char* test : {"fixed_dynamics", "fixed_static"})
        for (const json& h : generation.at(test)) {
            if (!h.contains("confusion"))
                continue;
            ReportConfusion c;
            c.test = test;
            c.label = h.at("label").get<std::string>();
            c.static_label = h.at("kind") == "static";
            c.classes = h.at("class_names").get<std::vector<std::string>>();
            c.counts = h.at("confusion").get<std::vector<std::vector<int64_t>>>();
            bool square = c.counts.size() == c.classes.size();
            for (const auto& row : c.counts) square = square && row.size() == c.classes.size();
            if (!square)
                throw std::invalid_argument(std::string(test) + " head '" + c.label +
                                            "': the confusion matrix does not match its classes");
            out.push_back(std::move(c));
        }
    return out;
}

// The evaluation's judge and confusion matrices (when it ran the generation tests).
void addGeneration(ReportView& view, const json& evaluation) {
    if (evaluation.contains("judge"))
        view.judge = judgeOf(evaluation.at("judge"));
    if (evaluation.contains("generation"))
        view.confusions = confusionsOf(evaluation.at("generation"));
}

ReportView benchmarkView(const json& r) {
    ReportView view;
    view.benchmark = true;
    view.title = r.at("benchmark").get<std::string>();
    view.dataset = r.at("dataset").get<std::string>();
    view.partial = r.value("partial", false);
    view.seconds = r.value("wall_seconds", 0.0);
    view.notes = r.value("notes", std::vector<std::string>());
    const json& paper = r.value("paper", json::array());
    view.paper_source = paper.empty() ? "" : view.title;
    const json& variants = r.at("variants");
    if (variants.empty())
        return view;
    const json& main = variants.front();
    view.metrics = metricsOf(main.at("summary"), paper, main.at("name").get<std::string>());
    if (main.contains("evaluation"))
        addGeneration(view, main.at("evaluation"));
    if (variants.size() < 2)
        return view;
    std::vector<const json*> columns;
    for (const json& m : main.at("summary"))
        if (isHeadlineMetric(m.at("key").get<std::string>())) {
            columns.push_back(&m);
            view.ablation_columns.push_back(m.at("label").get<std::string>());
        }
    for (const json& variant : variants) {
        ReportAblationRow row;
        row.variant = variant.at("name").get<std::string>();
        row.description = variant.value("description", std::string());
        row.epochs = jsonIntegerOr(variant, "epochs", 0);
        for (const json* c : columns) row.cells.push_back(ablationCell(variant, *c, paper));
        view.ablations.push_back(std::move(row));
    }
    return view;
}

ReportView evaluationView(const json& e) {
    ReportView view;
    view.title = e.at("run").get<std::string>();
    view.dataset = e.at("dataset").get<std::string>();
    view.seconds = e.value("seconds", 0.0);
    // The benchmarks are named after their dataset kinds (core/eval/benchmark_plan.cpp).
    const std::string kind = view.dataset.substr(0, view.dataset.find(':'));
    const json paper = paperResultsJson(kind);
    view.paper_source = paper.empty() ? "" : kind;
    view.metrics = metricsOf(summariseEvaluation(e), paper, "dbse");
    addGeneration(view, e);
    return view;
}

// A parsed report (either shape) as a view; errors name `source`.
ReportView viewOfJson(const json& report, const std::string& source) {
    if (!report.is_object() || (!report.contains("variants") && !report.contains("run")))
        throwFileError(source, "not an evaluation report (neither `dbse eval` nor `dbse benchmark` wrote it)");
    try {
        return report.contains("variants") ? benchmarkView(report) : evaluationView(report);
    } catch (const std::exception& e) {
        throwFileError(source, std::string("not a readable evaluation report: ") + e.what());
    }
}

}  // namespace

ReportView reportViewOf(const std::string& json_text, const std::string& source) {
    json report;
    try {
        report = json::parse(json_text);
    } catch (const json::parse_error& e) {
        throwFileError(source, std::string("not valid JSON (") + e.what() + ")");
    }
    return viewOfJson(report, source);
}

ReportView readReportView(const std::string& path) { return viewOfJson(readJsonFile(path), path); }

}  // namespace dbse::api
