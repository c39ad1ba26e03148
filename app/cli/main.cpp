// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// dbse: train DBSE models and use them from the command line.

#include "app/cli/commands.h"
#include "core/util/runtime.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/media_datasets.h"
#endif

#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

namespace {
// argv joined with spaces, arguments with spaces or quotes single-quoted (for the reports).
std::string commandLine(int argc, char** argv) {
    std::string line;
    for (int i = 0; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.find_first_of(" \t'\"&?*$") != std::string::npos) {
            std::string quoted = "'";
            for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
            arg = quoted + "'";
        }
        line += (i ? " " : "") + arg;
    }
    return line;
}
}  // namespace

int main(int argc, char** argv) {
    dbse::useFastProcessSettings(argv);
#ifdef DBSE_HAVE_MEDIA
    dbse::registerMediaDatasetKinds();
#endif
    CLI::App app{"dbse: sequential disentanglement with DBSE (train, swap, sample, benchmark)", "dbse"};
    app.set_version_flag("--version", std::string("dbse ") + DBSE_VERSION);
    app.require_subcommand(1);
    int exit_code = 0;
    dbse::cli::addInfoCommand(app, exit_code);
    dbse::cli::addTrainCommand(app, exit_code);
    dbse::cli::addSwapCommand(app, exit_code);
    dbse::cli::addSampleCommand(app, exit_code);
    dbse::cli::addProbeCommand(app, exit_code);
    dbse::cli::addEvalCommand(app, exit_code);
    dbse::cli::addBenchCommand(app, exit_code);
    dbse::cli::addDataCommand(app, exit_code);
    dbse::cli::addJudgeCommand(app, exit_code);
    dbse::cli::addTsneCommand(app, exit_code);
    dbse::cli::addBenchmarkCommand(app, exit_code, commandLine(argc, argv));
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::cerr << "dbse: error: " << e.what() << std::endl;
        return 1;
    }
    return exit_code;
}
