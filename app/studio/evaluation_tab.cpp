// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/evaluation_tab.h"

#include "app/studio/evaluation_report_view.h"
#include "app/studio/explore_session.h"
#include "widgets/evaluation_controller.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {

// The local .json file among dropped URLs, or "".
QString droppedReport(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

}  // namespace

EvaluationTab::EvaluationTab(ExploreSession* session, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evaluationTab"));
    setAcceptDrops(true);
    controller_ = new widgets::EvaluationController(this);

    runLabel_ = new QLabel;
    runLabel_->setObjectName(QStringLiteral("evaluationRun"));
    runLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runLabel_->setWordWrap(true);
    protocol_ = new QComboBox;
    protocol_->setObjectName(QStringLiteral("evaluationProtocol"));
    protocol_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    protocol_->setMinimumContentsLength(16);
    for (const std::string& p : api::evaluationProtocolNames()) protocol_->addItem(QString(), QString::fromStdString(p));
    repeats_ = new QSpinBox;
    repeats_->setObjectName(QStringLiteral("evaluationRepeats"));
    repeats_->setRange(1, 20);
    repeats_->setValue(3);
    judgeEpochs_ = new QSpinBox;
    judgeEpochs_->setObjectName(QStringLiteral("judgeEpochs"));
    judgeEpochs_->setRange(1, 200);
    judgeEpochs_->setValue(5);
    protocolLabel_ = new QLabel;
    protocolLabel_->setBuddy(protocol_);
    repeatsLabel_ = new QLabel;
    repeatsLabel_->setBuddy(repeats_);
    judgeEpochsLabel_ = new QLabel;
    judgeEpochsLabel_->setBuddy(judgeEpochs_);
    run_ = new QPushButton;
    run_->setObjectName(QStringLiteral("runEvaluation"));
    run_->setDefault(true);
    cancel_ = new QPushButton;
    cancel_->setObjectName(QStringLiteral("cancelEvaluation"));
    open_ = new QPushButton;
    open_->setObjectName(QStringLiteral("openReport"));

    judgeNote_ = new QLabel;
    judgeNote_->setObjectName(QStringLiteral("judgeNote"));
    judgeNote_->setWordWrap(true);
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("evaluationProgress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    phase_ = new QLabel;
    phase_->setObjectName(QStringLiteral("evaluationPhase"));
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("evaluationMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();
    report_ = new EvaluationReportView;

    // Narrow rows, so that the tab does not widen the window: the settings, the judge's epochs
    // beside what will happen to the judge, then the actions.
    auto* settings = new QHBoxLayout;
    settings->addWidget(protocolLabel_);
    settings->addWidget(protocol_);
    settings->addSpacing(12);
    settings->addWidget(repeatsLabel_);
    settings->addWidget(repeats_);
    settings->addStretch(1);
    auto* judge = new QHBoxLayout;
    judge->addWidget(judgeEpochsLabel_);
    judge->addWidget(judgeEpochs_);
    judge->addSpacing(12);
    judge->addWidget(judgeNote_, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(run_);
    actions->addWidget(cancel_);
    actions->addStretch(1);
    actions->addWidget(open_);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 2);
    progressRow->addWidget(phase_, 3);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(report_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(runLabel_);
    layout->addLayout(settings);
    layout->addLayout(judge);
    layout->addLayout(actions);
    layout->addLayout(progressRow);
    layout->addWidget(message_);
    layout->addWidget(scroll, 1);

    planTimer_ = new QTimer(this);
    planTimer_->setSingleShot(true);
    planTimer_->setInterval(250);
    connect(planTimer_, &QTimer::timeout, this, &EvaluationTab::requestJudgePlan);
    connect(protocol_, &QComboBox::currentIndexChanged, planTimer_, qOverload<>(&QTimer::start));
    connect(judgeEpochs_, &QSpinBox::valueChanged, planTimer_, qOverload<>(&QTimer::start));
    connect(run_, &QPushButton::clicked, this, &EvaluationTab::runEvaluation);
    connect(cancel_, &QPushButton::clicked, this, &EvaluationTab::cancelEvaluation);
    connect(open_, &QPushButton::clicked, this, &EvaluationTab::chooseReport);

    using widgets::EvaluationController;
    connect(controller_, &EvaluationController::progressed, this, &EvaluationTab::showProgress);
    connect(controller_, &EvaluationController::finished, this, [this](const api::ReportView& report, const QString& file) {
        progress_->setValue(progress_->maximum());
        showMessage(tr("Evaluation finished; the report is saved as %1.").arg(QDir::toNativeSeparators(file)), false);
        showReport(report, file);
        requestJudgePlan();  // the judge is cached now
    });
    connect(controller_, &EvaluationController::cancelled, this, [this] {
        progress_->setValue(0);
        showMessage(tr("Evaluation cancelled."), false);
    });
    connect(controller_, &EvaluationController::failed, this, [this](const QString& message) {
        progress_->setValue(0);
        showMessage(tr("The evaluation failed: %1").arg(message), true);
    });
    connect(controller_, &EvaluationController::reportOpened, this, [this](const api::ReportView& report, const QString& path) {
        showMessage(QString(), false);
        showReport(report, path);
    });
    connect(controller_, &EvaluationController::reportFailed, this, [this](const QString& message) {
        showMessage(tr("Could not open the report: %1").arg(message), true);
    });
    connect(controller_, &EvaluationController::judgePlanned, this, [this](const api::JudgePlan& plan) {
        plan_ = plan;
        planError_.clear();
        showJudgePlan();
    });
    connect(controller_, &EvaluationController::judgePlanFailed, this, [this](const QString& message) {
        plan_.reset();
        planError_ = message;
        showJudgePlan();
    });
    if (session) {
        connect(session, &ExploreSession::loadingStarted, this, &EvaluationTab::setRunFolder);
        connect(session, &ExploreSession::closed, this, [this] { setRunFolder(QString()); });
    }
    retranslateUi();
}

void EvaluationTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EvaluationTab::retranslateUi() {
    const QStringList names{tr("All that fit the run"), tr("Latent (classifiers on s and d)"),
                            tr("Generation (judge on sampled sequences)"), tr("Speaker verification (EER)"),
                            tr("Downstream tasks (time series)")};
    for (int i = 0; i < protocol_->count() && i < names.size(); ++i) protocol_->setItemText(i, names[i]);
    protocolLabel_->setText(tr("&Protocol:"));
    repeatsLabel_->setText(tr("&Repeats:"));
    repeats_->setToolTip(tr("Each repeat draws new samples and splits; results are mean ± std."));
    judgeEpochsLabel_->setText(tr("&Judge epochs:"));
    judgeEpochs_->setToolTip(tr("Epochs of the judge classifier when one has to be trained. A judge trained once "
                                "for these settings is kept in the cache and reused."));
    run_->setText(tr("&Evaluate"));
    cancel_->setText(tr("Cancel"));
    open_->setText(tr("&Open Report…"));
    updateControls();
    showJudgePlan();
    if (lastProgress_)
        phase_->setText(phaseText(*lastProgress_));
}

void EvaluationTab::updateControls() {
    const bool running = controller_->isRunning();
    runLabel_->setText(runFolder_.isEmpty() ? tr("No run open: open a run (Runs dock or File ▸ Open Run) to evaluate it.")
                                            : tr("Run: %1").arg(QDir::toNativeSeparators(runFolder_)));
    run_->setEnabled(!running && !runFolder_.isEmpty());
    cancel_->setEnabled(running && !cancelling_);
    progress_->setVisible(running);
    phase_->setVisible(running);
    for (QWidget* w : std::initializer_list<QWidget*>{protocol_, repeats_, judgeEpochs_, open_}) w->setEnabled(!running);
}

void EvaluationTab::setRunFolder(const QString& folder) {
    if (folder == runFolder_)
        return;
    runFolder_ = folder;
    plan_.reset();
    planError_.clear();
    updateControls();
    showJudgePlan();
    if (folder.isEmpty())
        return;
    try {
        const QSignalBlocker block(judgeEpochs_);  // one judge check below, not two
        judgeEpochs_->setValue(api::suggestedJudgeEpochs(folder.toStdString()));
    } catch (const std::exception&) {
        // The judge check below reports what is wrong with the folder.
    }
    requestJudgePlan();
    const QString saved = QString::fromStdString(api::savedEvaluationFile(folder.toStdString()));
    if (!controller_->isRunning() && QFileInfo::exists(saved))
        openReport(saved);
}

void EvaluationTab::requestJudgePlan() {
    planTimer_->stop();
    if (runFolder_.isEmpty())
        return;
    controller_->planJudge(runFolder_, protocol_->currentData().toString(), judgeEpochs_->value());
}

void EvaluationTab::showJudgePlan() {
    if (runFolder_.isEmpty()) {
        judgeNote_->clear();
    } else if (!planError_.isEmpty()) {
        judgeNote_->setText(tr("This run cannot be evaluated: %1").arg(planError_));
    } else if (!plan_) {
        judgeNote_->setText(tr("Checking what the evaluation needs…"));
    } else if (!plan_->needs_judge) {
        judgeNote_->setText(tr("These protocols need no judge."));
    } else if (plan_->cached) {
        judgeNote_->setText(tr("The generation tests reuse the judge trained earlier for %n epoch(s).", nullptr,
                               judgeEpochs_->value()));
        judgeNote_->setToolTip(QDir::toNativeSeparators(QString::fromStdString(plan_->path)));
    } else {
        judgeNote_->setText(tr("<b>A judge will be trained first</b> (%n epoch(s) on %1 training sequences), which "
                               "can take long on a CPU. It is kept for the next evaluation. Fewer epochs are faster, "
                               "but a judge below 99% accuracy makes the generation numbers indicative only.",
                               nullptr, judgeEpochs_->value())
                                .arg(plan_->train_sequences));
        judgeNote_->setToolTip(QDir::toNativeSeparators(QString::fromStdString(plan_->path)));
    }
}

QString EvaluationTab::judgeNote() const { return judgeNote_->text(); }
QString EvaluationTab::messageText() const { return message_->text(); }
bool EvaluationTab::isBusy() const { return controller_->isBusy(); }

void EvaluationTab::runEvaluation() {
    if (runFolder_.isEmpty() || controller_->isRunning())
        return;
    api::EvaluationRequest request;
    request.run_dir = runFolder_.toStdString();
    request.options.protocol = protocol_->currentData().toString().toStdString();
    request.options.repeats = repeats_->value();
    request.options.judge_epochs = judgeEpochs_->value();
    if (!controller_->start(request))
        return;
    cancelling_ = false;
    lastProgress_.reset();
    progress_->setValue(0);
    phase_->setText(tr("Starting…"));
    showMessage(QString(), false);
    updateControls();
}

void EvaluationTab::cancelEvaluation() {
    if (!controller_->isRunning())
        return;
    cancelling_ = true;
    controller_->cancel();
    phase_->setText(tr("Cancelling…"));
    updateControls();
}

void EvaluationTab::chooseReport() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Report"), runFolder_,
                                                      tr("Evaluation reports (*.json);;All files (*)"));
    if (!file.isEmpty())
        openReport(file);
}

void EvaluationTab::openReport(const QString& path) { controller_->openReport(path); }

QString EvaluationTab::phaseText(const EvaluationProgress& p) const {
    QString what;
    if (p.phase == "load")
        what = tr("Loading the model and the data");
    else if (p.phase == "latent")
        what = tr("Latent tests: classifiers on s and d");
    else if (p.phase == "eer")
        what = tr("Speaker verification");
    else if (p.phase == "downstream")
        what = tr("Downstream tasks");
    else if (p.phase == "judge")
        what = plan_ && plan_->cached ? tr("Loading the judge") : tr("Training the judge");
    else if (p.phase == "generation")
        what = tr("Generation tests: the judge on sampled sequences");
    else
        what = QString::fromStdString(p.phase);
    return p.steps > 0 ? tr("%1 (%2/%3)").arg(what).arg(p.step).arg(p.steps) : what;
}

void EvaluationTab::showProgress(const EvaluationProgress& p) {
    if (!controller_->isRunning() || cancelling_)
        return;
    lastProgress_ = p;
    progress_->setValue(int(p.fraction * progress_->maximum()));
    phase_->setText(phaseText(p));
}

void EvaluationTab::showMessage(const QString& message, bool error) {
    message_->setText(message);
    message_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    message_->setVisible(!message.isEmpty());
    if (!controller_->isRunning()) {
        cancelling_ = false;
        phase_->setText(message.isEmpty() ? phase_->text() : QString());
        updateControls();
    }
}

void EvaluationTab::showReport(const api::ReportView& report, const QString& source) {
    report_->showReport(report, source);
    Q_EMIT reportShown();
}

void EvaluationTab::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedReport(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvaluationTab::dropEvent(QDropEvent* event) {
    const QString file = droppedReport(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    openReport(file);
}

}  // namespace dbse::studio
