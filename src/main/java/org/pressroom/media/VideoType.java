package org.pressroom.media;

/** What kind of footage a video is, as a broadcaster's planning desk would file it. */
public enum VideoType { PRESS_CONFERENCE, SPEECH, DOORSTEP, B_ROLL, SOUNDBITE, PACKAGE, INTERVIEW }
