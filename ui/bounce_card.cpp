// SPDX-License-Identifier: GPL-3.0-or-later
#include "bounce_card.h"

#include "headline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace bn {

BounceCard::BounceCard(const Bounce &bounce, const QString &party, QWidget *parent)
    : QFrame(parent)
    , m_bounce(bounce)
    , m_party(party)
    , m_headline(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_partyLabel(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("bounceCard"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    m_headline->setObjectName(QStringLiteral("cardHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_headline->font();
    f.setBold(true);
    m_headline->setFont(f);
    m_badge->setObjectName(QStringLiteral("cardBadge"));
    m_countLabel->setObjectName(QStringLiteral("cardCount"));
    m_countLabel->hide();
    m_partyLabel->setObjectName(QStringLiteral("cardParty"));
    m_partyLabel->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("cardDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_toggle->setObjectName(QStringLiteral("cardDetailsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    connect(m_toggle, &QToolButton::toggled, m_details, &QLabel::setVisible);

    auto *top = new QHBoxLayout;
    top->addWidget(m_badge);
    top->addWidget(m_countLabel);
    top->addWidget(m_partyLabel, 1);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(top);
    layout->addWidget(m_details);
    retranslateUi();
}

void BounceCard::setSelected(bool selected)
{
    setFrameShadow(selected ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(selected ? 2 : 1);
}

void BounceCard::mousePressEvent(QMouseEvent *event)
{
    QFrame::mousePressEvent(event);
    Q_EMIT activated();
}

void BounceCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        event->accept();
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

void BounceCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void BounceCard::setCount(int count)
{
    m_count = count;
    m_countLabel->setVisible(count > 1);
    retranslateUi();
}

void BounceCard::retranslateUi()
{
    const Bounce &b = m_bounce;
    m_headline->setText(bounceHeadline(b));
    m_badge->setText(b.temporary ? tr("Temporary") : tr("Permanent"));
    m_badge->setStyleSheet(b.temporary ? QStringLiteral("QLabel{background:#fff3c4;padding:2px 6px;border-radius:3px}")
                                       : QStringLiteral("QLabel{background:#f9d0cc;padding:2px 6px;border-radius:3px}"));
    m_partyLabel->setText(tr("Contact first: %1").arg(m_party));
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Show or hide the details"));
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    add(tr("Status:"), b.status);
    add(tr("Reply code:"), b.replyCode);
    add(tr("Reason:"), b.reason);
    //: The SMTP command the server refused (RCPT, DATA…)
    add(tr("SMTP step:"), b.smtpCommand);
    add(tr("Refused by:"), b.remoteMta);
    add(tr("Reported by:"), b.reportingMta);
    add(tr("Listed IP:"), b.listedIp);
    add(tr("Listed domain:"), b.listedDomain);
    m_details->setText(lines.join(QStringLiteral("<br>")));
    //: Beside a bounce's headline: the number of messages that reported the same refusal.
    m_countLabel->setText(tr("%n message(s)", nullptr, m_count));
    //: %1 is the headline of a bounce that several messages reported.
    setAccessibleName(m_count > 1 ? tr("%1 (%n message(s))", nullptr, m_count).arg(m_headline->text()) : m_headline->text());
}

} // namespace bn
