// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/bounce.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace bn {

//! One bounced recipient: the headline, a permanent/temporary badge, who to contact, and the
//! details (codes, servers, SMTP step) folded away; a count when several messages reported it. Chosen with a click, or Return or Space.
class BounceCard final : public QFrame
{
    Q_OBJECT

public:
    BounceCard(const Bounce &bounce, const QString &party, QWidget *parent = nullptr);
    const Bounce &bounce() const { return m_bounce; }
    void setSelected(bool selected);
    //! How many messages reported this same refusal (the card stands for all of them).
    int count() const { return m_count; }
    void setCount(int count);

Q_SIGNALS:
    void activated();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Bounce m_bounce;
    QString m_party;
    QLabel *m_headline;
    QLabel *m_badge;
    QLabel *m_countLabel;
    int m_count = 1;
    QLabel *m_partyLabel;
    QToolButton *m_toggle;
    QLabel *m_details;
};

} // namespace bn
