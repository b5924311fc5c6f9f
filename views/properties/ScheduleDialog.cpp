#include "ScheduleDialog.h"

#include "FieldMessage.h"
#include "ScheduleGrid.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace properties {

ScheduleDialog::ScheduleDialog(const topology::ConnectionSchedule &schedule, QWidget *parent)
    : QDialog(parent)
    , m_grid(new ScheduleGrid(this))
    , m_hourView(new QRadioButton(tr("1 &hour"), this))
    , m_detailView(new QRadioButton(tr("15 &minutes"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule"));
    m_grid->setSchedule(schedule);
    m_hourView->setChecked(true);
    m_hourView->setObjectName(QStringLiteral("hourViewRadio"));
    m_detailView->setObjectName(QStringLiteral("detailViewRadio"));
    connect(m_detailView, &QRadioButton::toggled, m_grid, &ScheduleGrid::setDetailed);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
    m_message->setPalette(palette);
    m_message->hide();
    connect(m_grid, &ScheduleGrid::changed, m_message, &QLabel::hide);

    auto *detail = new QHBoxLayout;
    detail->addWidget(new QLabel(tr("Detail view:"), this));
    detail->addWidget(m_hourView);
    detail->addWidget(m_detailView);
    detail->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The connector connects during the times shown dark. Click or drag to change "
                               "them. Times are as stored in the directory, without a time zone."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_grid, 1);
    layout->addLayout(detail);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 300);
}

topology::ConnectionSchedule ScheduleDialog::schedule() const {
    return m_grid->schedule();
}

void ScheduleDialog::accept() {
    const QString problem = m_grid->schedule().problem();
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        m_grid->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace properties
