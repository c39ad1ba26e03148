// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/thumbnail_loader.h"

#include <QTimer>

#include <exception>
#include <utility>
#include <vector>

namespace dbse::widgets {

ThumbnailLoader::ThumbnailLoader(QObject* parent) : QObject(parent) {}

ThumbnailLoader::~ThumbnailLoader() {
    if (cancel_)
        cancel_->store(true);
}

void ThumbnailLoader::setRender(Render render) {
    render_ = std::move(render);
    ++generation_;
    queue_.clear();
    wanted_.clear();
    if (cancel_)
        cancel_->store(true);  // the running batch stops early; its results are dropped
}

void ThumbnailLoader::request(qint64 index) {
    if (!render_ || wanted_.contains(index))
        return;
    wanted_.insert(index);
    queue_.append(index);
    if (worker_.isEmpty() && !scheduled_) {
        scheduled_ = true;
        QTimer::singleShot(0, this, &ThumbnailLoader::startBatch);
    }
}

bool ThumbnailLoader::isBusy() const { return !worker_.isEmpty() || !queue_.isEmpty(); }

void ThumbnailLoader::startBatch() {
    scheduled_ = false;
    if (!worker_.isEmpty() || queue_.isEmpty())
        return;
    QList<qint64> batch;
    while (!queue_.isEmpty() && batch.size() < kBatchSize)
        batch.append(queue_.takeLast());
    // Written by the worker, read by the report (posted after the batch).
    auto results = std::make_shared<std::vector<std::pair<qint64, QImage>>>();
    cancel_ = std::make_shared<std::atomic_bool>(false);
    auto work = [render = render_, batch, results, cancel = cancel_] {
        for (qint64 index : batch) {
            if (cancel->load())
                return;
            QImage image;
            try {
                image = render(index);
            } catch (const std::exception&) {
                // Reported as a null image: the view keeps its placeholder.
            }
            results->emplace_back(index, std::move(image));
        }
    };
    worker_.start(QStringLiteral("dbse-thumbnails"), std::move(work), [this, results, generation = generation_] {
        if (generation == generation_) {
            for (auto& [index, image] : *results) {
                wanted_.remove(index);
                Q_EMIT ready(index, image);
            }
        }
        startBatch();
    });
}

}  // namespace dbse::widgets
