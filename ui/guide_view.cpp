// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide_view.h"

#include "common/language.h"
#include "guide/templates.h"
#include "settings.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace bn {

namespace {

QString currentLanguage()
{
    return installedLanguage();
}

} // namespace

GuideView::GuideView(QWidget *parent)
    : QWidget(parent)
    , openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_pages(new QStackedWidget(this))
    , m_question(new QLabel(this))
    , m_guess(new QLabel(this))
    , m_answers(new QButtonGroup(this))
    , m_party(new QLabel(this))
    , m_why(new QLabel(this))
    , m_stepTitle(new QLabel(this))
    , m_stepText(new QLabel(this))
    , m_stepDone(new QCheckBox(this))
    , m_template(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_mail(new QPushButton(this))
    , m_messageLanguageLabel(new QLabel(this))
    , m_messageLanguage(new QComboBox(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("guideView"));
    m_party->setObjectName(QStringLiteral("guideParty"));
    m_guess->setObjectName(QStringLiteral("guideGuess"));
    m_why->setObjectName(QStringLiteral("guideWhy"));
    m_stepText->setObjectName(QStringLiteral("guideStepText"));
    m_stepDone->setObjectName(QStringLiteral("guideStepDone"));
    m_template->setObjectName(QStringLiteral("guideTemplate"));
    m_copy->setObjectName(QStringLiteral("guideCopy"));
    m_open->setObjectName(QStringLiteral("guideOpen"));
    m_mail->setObjectName(QStringLiteral("guideMail"));
    m_messageLanguage->setObjectName(QStringLiteral("guideMessageLanguage"));
    // Each language named in itself, as language pickers do.
    m_messageLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_messageLanguage->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_messageLanguageLabel->setBuddy(m_messageLanguage);
    m_back->setObjectName(QStringLiteral("guideBack"));
    m_next->setObjectName(QStringLiteral("guideNext"));
    for (QLabel *l : {m_question, m_guess, m_party, m_why, m_stepTitle, m_stepText}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_party->font();
    bold.setBold(true);
    m_party->setFont(bold);
    m_stepTitle->setFont(bold);
    m_template->setReadOnly(true);
    m_template->setTabChangesFocus(true);

    auto *questionPage = new QWidget(this);
    auto *q = new QVBoxLayout(questionPage);
    q->addWidget(m_question);
    for (SendingVia via : {SendingVia::Provider, SendingVia::OwnServer, SendingVia::Cloud, SendingVia::Unknown}) {
        auto *button = new QRadioButton(questionPage);
        button->setObjectName(QStringLiteral("answer-") + sendingViaId(via));
        m_answers->addButton(button, int(via));
        q->addWidget(button);
    }
    q->addWidget(m_guess);
    q->addStretch();
    connect(m_answers, &QButtonGroup::idClicked, this, [this](int id) {
        Settings::sendingVia().set(sendingViaId(SendingVia(id)));
        rebuild();
    });

    auto *stepPage = new QWidget(this);
    auto *s = new QVBoxLayout(stepPage);
    s->addWidget(m_stepTitle);
    s->addWidget(m_stepText);
    s->addWidget(m_stepDone);
    s->addWidget(m_template, 10);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_open);
    actions->addWidget(m_mail);
    actions->addStretch();
    actions->addWidget(m_messageLanguageLabel);
    actions->addWidget(m_messageLanguage);
    s->addLayout(actions);
    s->addStretch(1); // keeps the step's text together when there is no message to show
    m_pages->addWidget(questionPage);
    m_pages->addWidget(stepPage);

    auto *nav = new QHBoxLayout;
    nav->addStretch();
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_party);
    layout->addWidget(m_why);
    layout->addWidget(m_pages, 1);
    layout->addLayout(nav);
    // Top to bottom: the answers or the step's controls, then Back and Next at the bottom.
    QWidget *previous = m_answers->buttons().last();
    for (QWidget *w : std::initializer_list<QWidget *>{m_stepDone, m_template, m_copy, m_open, m_mail, m_messageLanguage, m_back,
                                                       m_next}) {
        setTabOrder(previous, w);
        previous = w;
    }

    connect(m_back, &QPushButton::clicked, this, &GuideView::back);
    connect(m_next, &QPushButton::clicked, this, &GuideView::next);
    connect(m_stepDone, &QCheckBox::toggled, this, [this](bool on) {
        if (m_step >= 0 && m_step < m_done.size())
            m_done[m_step] = on;
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_template->toPlainText()); });
    connect(m_messageLanguage, &QComboBox::currentIndexChanged, this, [this] { retranslateUi(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QUrl url(m_diagnosis.steps.value(m_step).url);
        // Only web pages are opened from a step.
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            openUrl(url);
    });
    connect(m_mail, &QPushButton::clicked, this, [this] {
        const MessageTemplate t = currentTemplate();
        if (t.id.isEmpty())
            return;
        QUrl url(QStringLiteral("mailto:") + t.to);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("subject"), t.subject);
        query.addQueryItem(QStringLiteral("body"), t.body);
        url.setQuery(query);
        openUrl(url);
    });
    setEnabled(false);
    retranslateUi();
}

SendingVia GuideView::answer() const
{
    const int id = m_answers->checkedId();
    return id < 0 ? SendingVia::Unknown : SendingVia(id);
}

void GuideView::setBounce(const DecodedBounce &item, const Evidence *evidence)
{
    m_item = item;
    m_hasEvidence = evidence != nullptr;
    if (evidence)
        m_evidence = *evidence;
    SendingVia saved = SendingVia::Unknown;
    if (sendingViaFromId(Settings::sendingVia().get(), &saved) && m_answers->button(int(saved)))
        m_answers->button(int(saved))->setChecked(true);
    setEnabled(true);
    m_step = -1;
    m_messageLanguage->setCurrentIndex(std::max(0, m_messageLanguage->findData(currentLanguage())));
    rebuild();
}

void GuideView::clear()
{
    m_item = {};
    m_evidence = {};
    m_hasEvidence = false;
    m_diagnosis = {};
    m_done.clear();
    m_step = -1;
    m_stepTitle->clear();
    m_stepText->clear();
    m_template->clear();
    setEnabled(false);
    showStep();
    Q_EMIT diagnosisChanged();
}

void GuideView::rebuild()
{
    m_diagnosis = diagnose(m_item.bounce, &m_item.message, m_hasEvidence ? &m_evidence : nullptr, answer(), currentLanguage());
    m_done = QList<bool>(m_diagnosis.steps.size(), false);
    if (m_answers->checkedId() < 0 && m_answers->button(int(m_diagnosis.guessedSendingVia)))
        m_answers->button(int(m_diagnosis.guessedSendingVia))->setChecked(true);
    showStep();
    Q_EMIT diagnosisChanged();
}

MessageTemplate GuideView::currentTemplate() const
{
    const QString id = m_diagnosis.steps.value(m_step).templateId;
    if (id.isEmpty())
        return {};
    const QString language = m_messageLanguage->currentData().toString();
    if (language != currentLanguage()) // the diagnosis holds the messages in the UI's language
        return renderTemplate(id, language, m_item.bounce, m_hasEvidence ? &m_evidence : nullptr);
    for (const MessageTemplate &t : m_diagnosis.templates)
        if (t.id == id)
            return t;
    return {};
}

void GuideView::next()
{
    if (m_step + 1 < m_diagnosis.steps.size()) {
        ++m_step;
        showStep();
    }
}

void GuideView::back()
{
    if (m_step >= 0) {
        --m_step;
        showStep();
    }
}

void GuideView::showStep()
{
    m_pages->setCurrentIndex(m_step < 0 ? 0 : 1);
    retranslateUi();
}

void GuideView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isEnabled())
            rebuild(); // the diagnosis and templates are in the language too
    }
    QWidget::changeEvent(event);
}

void GuideView::retranslateUi()
{
    m_question->setText(tr("How do you send mail?"));
    const QStringList answers{tr("Through my ISP's, hosting or rental server's mail server"),
                              tr("Our organisation runs its own mail server on its own IP addresses"),
                              tr("Microsoft 365, Google Workspace or another cloud service"), tr("I don't know")};
    const SendingVia order[] = {SendingVia::Provider, SendingVia::OwnServer, SendingVia::Cloud, SendingVia::Unknown};
    for (int i = 0; i < 4; ++i)
        m_answers->button(int(order[i]))->setText(answers.at(i));
    // The guess's grounds are shown only while it stands in for an answer: once the user has said
    // how they send mail, their answer is the reason, not what the bounce seemed to show.
    SendingVia chosen = SendingVia::Unknown;
    const bool answered = sendingViaFromId(Settings::sendingVia().get(), &chosen) && chosen != SendingVia::Unknown;
    m_guess->setText(answered || m_diagnosis.guessBasis.isEmpty() ? QString() : tr("Best guess: %1").arg(m_diagnosis.guessBasis));
    m_guess->setVisible(!m_guess->text().isEmpty());
    m_back->setText(tr("Back"));
    m_next->setText(m_step < 0 ? tr("Start") : tr("Next"));
    m_back->setEnabled(m_step >= 0);
    m_next->setEnabled(m_step + 1 < m_diagnosis.steps.size());
    m_copy->setText(tr("Copy message"));
    m_open->setText(tr("Open page"));
    m_mail->setText(tr("Write e-mail"));
    m_stepDone->setText(tr("Done"));
    m_template->setAccessibleName(tr("Message to send"));
    //: Which language the message to send is written in
    m_messageLanguageLabel->setText(tr("&Message in:"));
    if (!isEnabled()) {
        m_party->setText(tr("Open or paste a bounce to see who can fix it."));
        m_why->clear();
        return;
    }
    m_party->setText(tr("Contact first: %1").arg(partyName(m_diagnosis.party)));
    m_why->setText(m_diagnosis.why);
    if (m_step < 0)
        return;
    const GuideStep step = m_diagnosis.steps.value(m_step);
    m_stepTitle->setText(tr("Step %1 of %2").arg(m_step + 1).arg(m_diagnosis.steps.size()));
    m_stepText->setText(step.text);
    m_stepDone->setChecked(m_done.value(m_step));
    const MessageTemplate message = currentTemplate();
    QString text;
    if (!message.id.isEmpty()) {
        // The subject line is labelled in the message's own language, so that it can be sent as is.
        const bool japanese = m_messageLanguage->currentData().toString() == QLatin1String("ja");
        text = (japanese ? QStringLiteral("件名: ") : QStringLiteral("Subject: ")) + message.subject
            + QStringLiteral("\n\n") + message.body;
    }
    m_template->setPlainText(text);
    for (QWidget *w : std::initializer_list<QWidget *>{m_template, m_copy, m_mail, m_messageLanguageLabel, m_messageLanguage})
        w->setVisible(!text.isEmpty());
    const QUrl url(step.url);
    m_open->setVisible(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace bn
