package org.luoshi.notification.web;

import java.util.Locale;

import org.luoshi.notification.internal.Inbox;
import org.luoshi.notification.internal.InboxItem;
import org.luoshi.notification.internal.NotificationTexts;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The signed-in person's inbox: the list (all or unread, newest first), opening an item (marks it read and goes to
 * its link) and marking everything read; and the header bell, a fragment the layout loads with htmx.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

	private final Inbox inbox;
	private final NotificationTexts texts;

	InboxController(Inbox inbox, NotificationTexts texts) {
		this.inbox = inbox;
		this.texts = texts;
	}

	/** An item with its message in the reader's language. */
	record InboxRow(InboxItem item, String message) {
	}

	@GetMapping
	String inbox(@RequestParam(required = false) Integer page, @RequestParam(required = false) String unread, Locale locale,
			Model model) {
		long accountId = signedInAccount();
		boolean unreadOnly = "true".equals(unread);
		PageQuery paging;
		try {
			paging = PageQuery.of(page, null, "createdAt,desc", "createdAt", Inbox.SORTABLE);
		}
		catch (ValidationException e) {
			paging = PageQuery.of(null, null, "createdAt,desc", "createdAt", Inbox.SORTABLE);
		}
		Page<InboxRow> rows = inbox.items(accountId, unreadOnly, paging).map(item -> new InboxRow(item, texts.message(item, locale)));
		model.addAttribute("rows", rows);
		model.addAttribute("unreadOnly", unreadOnly);
		model.addAttribute("unreadCount", inbox.unreadCount(accountId));
		return "notification/inbox";
	}

	@GetMapping("/badge")
	String badge(Model model) {
		model.addAttribute("unread", inbox.unreadCount(signedInAccount()));
		return "notification/badge :: bell";
	}

	@PostMapping("/{id}/open")
	RedirectView open(@PathVariable long id) {
		InboxItem item = inbox.markRead(signedInAccount(), id);
		RedirectView redirect = new RedirectView(item.link() == null ? "/inbox" : item.link(), true);
		redirect.setExpandUriTemplateVariables(false); // a link is a path as written, not a template
		return redirect;
	}

	@PostMapping("/read-all")
	String readAll(RedirectAttributes redirect) {
		inbox.markAllRead(signedInAccount());
		redirect.addFlashAttribute("flash", "notification.read-all.done");
		return "redirect:/inbox";
	}

	private static long signedInAccount() {
		Long accountId = CurrentActor.get().accountId();
		if (accountId == null) {
			throw new AccessDeniedException("only people have an inbox");
		}
		return accountId;
	}
}
