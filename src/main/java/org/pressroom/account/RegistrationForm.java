package org.pressroom.account;

/** The "create an account" form as posted; checked by {@link AccountForms}. */
public class RegistrationForm {

    private String email = "";
    private String password = "";
    private String firstName = "";
    private String lastName = "";
    private String organisation = "";
    private String mediaKind = "";
    private String country = "";
    private boolean acceptTerms;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
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
    public boolean isAcceptTerms() { return acceptTerms; }
    public void setAcceptTerms(boolean acceptTerms) { this.acceptTerms = acceptTerms; }
}
