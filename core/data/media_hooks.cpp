// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/media_hooks.h"

namespace dbse {
namespace {
MediaHooks& installed() {
    static MediaHooks hooks;
    return hooks;
}
}  // namespace

void installMediaHooks(MediaHooks hooks) { installed() = std::move(hooks); }
const MediaHooks& mediaHooks() { return installed(); }

}  // namespace dbse
