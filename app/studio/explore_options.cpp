// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/explore_options.h"

#include "app/studio/main_window.h"
#include "app/studio/resample_tab.h"
#include "app/studio/swap_tab.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dbse::studio {
namespace {

std::optional<api::SequenceSource> parseSource(const QString& text) {
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    api::SequenceSource source;
    if (parts.size() == 2) {
        if (parts[0] != QLatin1String("test") && parts[0] != QLatin1String("train"))
            return std::nullopt;
        source.split = parts[0].toStdString();
    } else if (parts.size() != 1) {
        return std::nullopt;
    }
    bool ok = false;
    source.index = parts.back().toLongLong(&ok);
    if (!ok || source.index < 0)
        return std::nullopt;
    return source;
}

QString badSequence(const QString& text) {
    return QCoreApplication::translate("main", "'%1' is not a sequence: use N (test split) or train:N / test:N").arg(text);
}

}  // namespace

bool applySwapOption(MainWindow& window, const QString& text, QString& error) {
    const QStringList pair = text.split(QLatin1Char(','));
    const auto a = parseSource(pair.value(0)), b = parseSource(pair.value(1));
    if (pair.size() != 2 || !a || !b) {
        error = badSequence(text);
        return false;
    }
    if (auto* tab = window.findChild<SwapTab*>())
        tab->setSources(*a, *b);
    return true;
}

bool applyResampleOption(MainWindow& window, const QString& text, QString& error) {
    const auto source = parseSource(text);
    if (!source) {
        error = badSequence(text);
        return false;
    }
    if (auto* tab = window.findChild<ResampleTab*>())
        tab->setSource(*source);
    return true;
}

}  // namespace dbse::studio
