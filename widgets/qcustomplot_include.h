// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way to include Debian's QCustomPlot header: it uses the `signals`, `slots` and
// `foreach` keywords, which the project turns off (QT_NO_KEYWORDS, because Qt's `slots` macro
// breaks LibTorch). They are defined for this header only.

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef foreach
