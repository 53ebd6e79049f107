/**
 */
package io.medreason.dataset.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One key of a record as it was in the file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medreason.dataset.model.Field#getKey <em>Key</em>}</li>
 *   <li>{@link io.medreason.dataset.model.Field#getJson <em>Json</em>}</li>
 * </ul>
 *
 * @see io.medreason.dataset.model.DatasetPackage#getField()
 * @model
 * @generated
 */
public interface Field extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getField_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Field#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value exactly as written in the file (raw JSON text), or null when the value lives in a record attribute (question, reasoning...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Json</em>' attribute.
	 * @see #setJson(String)
	 * @see io.medreason.dataset.model.DatasetPackage#getField_Json()
	 * @model
	 * @generated
	 */
	String getJson();

	/**
	 * Sets the value of the '{@link io.medreason.dataset.model.Field#getJson <em>Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Json</em>' attribute.
	 * @see #getJson()
	 * @generated
	 */
	void setJson(String value);

} // Field
