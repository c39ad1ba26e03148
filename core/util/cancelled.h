// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Cancelled: thrown by a long job (a dataset build) that stopped because its cancel flag was
// set. Not an error for the user: callers that offered Cancel catch it first.

#include <stdexcept>

namespace dbse {

class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace dbse
