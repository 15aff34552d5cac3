package org.pressroom.account;

/** The "create an account" form as posted: the profile, plus address, password and the terms; checked by {@link AccountForms}. */
public class RegistrationForm extends ProfileForm {

    private String email = "";
    private String password = "";
    private boolean acceptTerms;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isAcceptTerms() { return acceptTerms; }
    public void setAcceptTerms(boolean acceptTerms) { this.acceptTerms = acceptTerms; }
}
