package org.pressroom.account;

/** The details of an account holder that the account page lets them change. */
public class ProfileForm {

    private String firstName = "";
    private String lastName = "";
    private String organisation = "";
    private String mediaKind = "";
    private String country = "";

    static ProfileForm of(AccountDetails details) {
        ProfileForm form = new ProfileForm();
        form.setFirstName(details.firstName());
        form.setLastName(details.lastName());
        form.setOrganisation(details.organisation());
        form.setMediaKind(details.mediaKind().name());
        form.setCountry(details.country());
        return form;
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getMediaKind() { return mediaKind; }
    public void setMediaKind(String mediaKind) { this.mediaKind = mediaKind; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
}
