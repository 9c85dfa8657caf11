package org.sutiao.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.identity.application.Caller;
import org.sutiao.identity.web.UserView;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.notification.domain.Notification;
import org.sutiao.shared.web.FacesMessages;

import java.util.List;

/** The newest open notices of the caller's organisation (courts, centers) or role (operators). */
@Named
@RequestScoped
public class NoticeView {
    /** Notices shown on a home page. */
    static final int SHOWN = 8;

    @Inject
    NotificationService notifications;
    @Inject
    UserView user;
    private List<Notification> notices;

    public List<Notification> getNotices() {
        if (notices == null) {
            Caller c = user.getCaller();
            if (c == null) {
                notices = List.of();
            } else if (c.role().isCourtSide() || c.role() == org.sutiao.identity.domain.Role.CENTER_ADMIN) {
                notices = notifications.openForOrg(c.orgCode(), SHOWN);
            } else {
                notices = notifications.openForRole(c.role().name(), SHOWN);
            }
        }
        return notices;
    }

    /** The notice in the reader's language. */
    public String text(Notification n) {
        return FacesMessages.text(n.messageKey(), n.args());
    }
}
