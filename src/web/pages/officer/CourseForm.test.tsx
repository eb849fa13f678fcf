// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CourseForm } from "./CourseForm.tsx";
import { COURSE_TYPE_LABELS, COURSE_TYPES } from "./model.ts";

afterEach(cleanup);

describe("the course form's POST approval (issue 11 item 6)", () => {
  it("is never pre-ticked, whatever the course type, and explains the choice", () => {
    render(<CourseForm officerId="o1" course={null} onSaved={() => undefined} />);
    const approved = screen.getByRole<HTMLInputElement>("checkbox", { name: "Approved by the POST Board as an SRO course" });
    for (const type of COURSE_TYPES) {
      fireEvent.change(screen.getByLabelText("Course"), { target: { value: type } });
      expect({ type: COURSE_TYPE_LABELS[type], checked: approved.checked }).toEqual({ type: COURSE_TYPE_LABELS[type], checked: false });
    }
    const hint = document.getElementById(approved.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toMatch(/Tick only when the course is on the POST Board's list of approved SRO courses.*an unapproved course is recorded but does not count/s);
  });

  it("keeps a recorded course's own answer when it is corrected", () => {
    const course = { id: "c1", officerId: "o1", actions: ["read", "update"] as const, type: "POST_SRO_BASIC" as const, completedOn: "2026-01-05", postApproved: true, provider: null, postCourseNumber: null, credits: null };
    render(<CourseForm officerId="o1" course={{ ...course, actions: [...course.actions] }} onSaved={() => undefined} />);
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Approved by the POST Board as an SRO course" }).checked).toBe(true);
  });
});
