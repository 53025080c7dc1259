package org.luoshi.shared.web;

import java.util.function.Supplier;

import org.luoshi.shared.ConflictException;
import org.luoshi.shared.ValidationException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lifecycle step taken from its record's page, the same way for every record with a life. Done: back to the record
 * (a redirect, so that a reload does not take the step again) with what was done said once. Refused — bad input, or
 * someone acted first — the record's page again with why ({@code problems} or {@code conflict}), the form as typed
 * ({@code stepForm}) and that step's form open ({@code openStep}); nothing was changed.
 */
public final class StepPage {

	private StepPage() {
	}

	/**
	 * @param step the step, whose form stays open when it is refused
	 * @param form the form as typed
	 * @param command takes the step through the record's one command path
	 * @param doneKey the message said once it is done
	 * @param recordPath the record's page, e.g. {@code /demands/7}
	 * @param page renders the record's page, with the model as it stands
	 */
	public static String take(Enum<?> step, Object form, Runnable command, String doneKey, String recordPath, Model model,
			RedirectAttributes redirect, Supplier<String> page) {
		try {
			command.run();
			redirect.addFlashAttribute("flash", doneKey);
			return "redirect:" + recordPath;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("stepForm", form);
		model.addAttribute("openStep", step.name());
		return page.get();
	}
}
