// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Each function adds one subcommand to the `dbse` CLI. A command reports failure by throwing
// (std::exception with a message for the user); its exit code is written to `exit_code`.

#include <string>

namespace CLI {
class App;
}

namespace dbse::cli {

void addInfoCommand(CLI::App& app, int& exit_code);
void addTrainCommand(CLI::App& app, int& exit_code);
void addSwapCommand(CLI::App& app, int& exit_code);
void addSampleCommand(CLI::App& app, int& exit_code);
void addBenchCommand(CLI::App& app, int& exit_code);
// `dbse bench data`, a subcommand of `bench` (cmd_bench_data.cpp).
void addBenchDataCommand(CLI::App& bench, int& exit_code);
void addProbeCommand(CLI::App& app, int& exit_code);
void addEvalCommand(CLI::App& app, int& exit_code);
void addDataCommand(CLI::App& app, int& exit_code);
void addJudgeCommand(CLI::App& app, int& exit_code);
void addTsneCommand(CLI::App& app, int& exit_code);
// `command_line`: how dbse was invoked, recorded in the reports.
void addBenchmarkCommand(CLI::App& app, int& exit_code, const std::string& command_line);

}  // namespace dbse::cli
